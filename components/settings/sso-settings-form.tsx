'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { describedBy, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import { submitWithoutReset } from '@/components/ui/submit-without-reset'
import type { ActionState } from '@/lib/actions/action-state'
import { ROLE_LABELS, ROLES } from '@/lib/auth/roles'
import { formatGroupRoles } from '@/lib/auth/sso/group-roles'
import type { SsoSettings } from '@/lib/validation/sso-settings-schema'

type SsoAction = (state: ActionState, formData: FormData) => Promise<ActionState>

export interface SsoFormStatus {
  /** Where the provider connection in force comes from: the environment wins over this form. */
  source: 'env' | 'settings' | null
  hasSavedSecret: boolean
  redirectUri: string
  problem: string | null
}

/**
 * Single sign-on. Uncontrolled fields submitted without React's reset, so a refused save keeps what
 * was typed. The client secret is never sent back to the page: a blank field keeps the saved one.
 */
export function SsoSettingsForm({ action, settings, status }: { action: SsoAction; settings: SsoSettings; status: SsoFormStatus }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null)
  const errors = state && !state.ok ? state.fieldErrors : {}
  const fromEnv = status.source === 'env'
  const field = (id: keyof SsoSettings | 'clientSecret', hint?: string) => describedBy(id, { hint, error: errors[id] })
  const hints = {
    issuer: 'The provider’s issuer URL; the app reads /.well-known/openid-configuration under it.',
    clientSecret: status.hasSavedSecret ? 'A secret is saved (not shown). Leave blank to keep it.' : 'Leave blank for a public client.',
    scopes: 'Space-separated; must include openid. Okta needs groups here to send the groups claim.',
    groupsClaim: 'The ID token claim that lists groups, e.g. groups (Okta, Entra ID, Keycloak) or realm_access.roles.',
    groupRoles: 'One “group = role” per line (admin, editor, owner, viewer). Applied when a person first signs in.',
    breakGlassEmail: 'An active admin who may still sign in with a password when the provider is down.',
  }
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="max-w-3xl space-y-4">
      <p className="text-sm text-slate-700">
        Register this redirect URI with the provider: <code className="rounded bg-slate-100 px-1 break-all">{status.redirectUri}</code>
      </p>
      {fromEnv ? (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">
          The issuer, client id and client secret are set by environment variables (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET), which
          win over the values below.
        </p>
      ) : null}
      {status.problem ? (
        <p role="alert" className="text-sm text-red-700">
          {status.problem}
        </p>
      ) : null}
      <FormField id="providerName" label="Provider name" hint="Shown on the sign-in button." error={errors.providerName}>
        <input
          {...field('providerName', 'Shown on the sign-in button.')}
          name="providerName"
          defaultValue={settings.providerName}
          maxLength={60}
          className={INPUT_CLASS}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="issuer" label="Issuer URL" hint={hints.issuer} error={errors.issuer}>
          <input
            {...field('issuer', hints.issuer)}
            name="issuer"
            defaultValue={settings.issuer}
            spellCheck={false}
            className={INPUT_CLASS}
          />
        </FormField>
        <FormField id="clientId" label="Client id" error={errors.clientId}>
          <input
            {...field('clientId')}
            name="clientId"
            defaultValue={settings.clientId}
            spellCheck={false}
            autoComplete="off"
            className={INPUT_CLASS}
          />
        </FormField>
        <FormField id="clientSecret" label="Client secret" hint={hints.clientSecret} error={errors.clientSecret}>
          <input
            {...field('clientSecret', hints.clientSecret)}
            name="clientSecret"
            type="password"
            autoComplete="new-password"
            className={INPUT_CLASS}
          />
        </FormField>
        <FormField id="scopes" label="Scopes" hint={hints.scopes} error={errors.scopes}>
          <input
            {...field('scopes', hints.scopes)}
            name="scopes"
            defaultValue={settings.scopes}
            spellCheck={false}
            className={INPUT_CLASS}
          />
        </FormField>
      </div>
      {status.hasSavedSecret ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="clearSecret" /> Remove the saved client secret
        </label>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="defaultRole" label="Role of a new person" error={errors.defaultRole}>
          <select {...field('defaultRole')} name="defaultRole" defaultValue={settings.defaultRole} className={INPUT_CLASS}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="groupsClaim" label="Groups claim" hint={hints.groupsClaim} error={errors.groupsClaim}>
          <input
            {...field('groupsClaim', hints.groupsClaim)}
            name="groupsClaim"
            defaultValue={settings.groupsClaim}
            spellCheck={false}
            className={INPUT_CLASS}
          />
        </FormField>
      </div>
      <FormField id="groupRoles" label="Group to role mapping" hint={hints.groupRoles} error={errors.groupRoles}>
        <textarea
          {...field('groupRoles', hints.groupRoles)}
          name="groupRoles"
          defaultValue={formatGroupRoles(settings.groupRoles)}
          rows={4}
          spellCheck={false}
          className={`${INPUT_CLASS} font-mono`}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="passwordSignIn" label="Password sign-in" error={errors.passwordSignIn}>
          <select {...field('passwordSignIn')} name="passwordSignIn" defaultValue={settings.passwordSignIn} className={INPUT_CLASS}>
            <option value="everyone">Allowed for everyone</option>
            <option value="break-glass">Only the break-glass admin</option>
          </select>
        </FormField>
        <FormField id="breakGlassEmail" label="Break-glass admin’s email" hint={hints.breakGlassEmail} error={errors.breakGlassEmail}>
          <input
            {...field('breakGlassEmail', hints.breakGlassEmail)}
            name="breakGlassEmail"
            type="email"
            defaultValue={settings.breakGlassEmail}
            className={INPUT_CLASS}
          />
        </FormField>
      </div>
      <p role="status" className={state?.ok ? 'text-sm text-green-800' : 'sr-only'}>
        {state?.ok ? state.message : ''}
      </p>
      {errors.form ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save single sign-on'}
      </Button>
    </form>
  )
}
