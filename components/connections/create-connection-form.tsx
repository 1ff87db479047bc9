'use client'

import type { CreateConnectionState } from '@/lib/actions/connections'
import { useActionState, useState } from 'react'
import { Button } from '@/components/ui/button'
import { FormField, INPUT_CLASS } from '@/components/ui/form-field'
import { CONNECTION_PROVIDERS, PROVIDER_LABELS } from '@/lib/validation/connection-schema'

/** The create action's answer: on success it carries the secret, which this browser shows once. */
export type CreateConnectionAction = (state: CreateConnectionState, formData: FormData) => Promise<CreateConnectionState>

/** Adds a connection; the new secret and webhook URL replace the form until the admin has stored them. */
export function CreateConnectionForm({ action, origin }: { action: CreateConnectionAction; origin: string }) {
  const [state, formAction, pending] = useActionState<CreateConnectionState, FormData>(action, null)
  const [dismissed, setDismissed] = useState<string | null>(null)
  if (state?.ok && 'secret' in state && dismissed !== state.secret) {
    return (
      <div role="region" aria-label="Connection created" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
        <p className="font-semibold text-amber-900">Copy the secret of “{state.name}” now: it is shown only this once.</p>
        <label htmlFor="new-connection-url" className="block font-medium">
          Webhook URL
        </label>
        <input id="new-connection-url" readOnly value={`${origin}${state.webhookPath}`} className={`${INPUT_CLASS} font-mono`} />
        <label htmlFor="new-connection-secret" className="block font-medium">
          Secret
        </label>
        <input
          id="new-connection-secret"
          readOnly
          value={state.secret}
          onFocus={(e) => e.currentTarget.select()}
          className={`${INPUT_CLASS} font-mono`}
        />
        <Button type="button" onClick={() => setDismissed(state.secret)}>
          I have stored it
        </Button>
      </div>
    )
  }
  const errors = state && !state.ok ? state.fieldErrors : {}
  return (
    <form action={formAction} aria-label="Add a connection" className="grid gap-3 sm:grid-cols-3">
      <FormField id="connection-provider" label="Provider" error={errors.provider}>
        <select id="connection-provider" name="provider" defaultValue="github" className={INPUT_CLASS}>
          {CONNECTION_PROVIDERS.map((p) => (
            <option key={p} value={p}>
              {PROVIDER_LABELS[p]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="connection-name" label="Name" error={errors.name}>
        <input id="connection-name" name="name" autoComplete="off" className={INPUT_CLASS} />
      </FormField>
      <FormField
        id="connection-secret"
        label="Secret (optional)"
        hint="Leave blank to have one generated; type PagerDuty's signing secret here."
        error={errors.secret}
      >
        <input id="connection-secret" name="secret" autoComplete="off" className={INPUT_CLASS} />
      </FormField>
      <div className="flex items-center gap-3 sm:col-span-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Adding…' : 'Add connection'}
        </Button>
        {errors.form ? (
          <p role="alert" className="text-sm text-red-700">
            {errors.form}
          </p>
        ) : null}
      </div>
    </form>
  )
}
