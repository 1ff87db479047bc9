'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { describedBy, firstErrorField, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import type { CreateTokenState } from '@/lib/actions/api-tokens'
import { submitWithoutReset } from '@/components/ui/submit-without-reset'
import { API_TOKEN_NAME_MAX, API_TOKEN_SCOPES, type ApiTokenScope } from '@/lib/validation/api-token-schema'
import { NewTokenPanel } from './new-token-panel'
import { SCOPE_WORDS } from '@/lib/actions/token-words'

export type CreateTokenAction = (state: CreateTokenState, formData: FormData) => Promise<CreateTokenState>

const FIELDS = ['name', 'scope'] as const

/** Creates an API token; the new token replaces the form until the admin confirms they stored it. */
export function CreateTokenForm({ action }: { action: CreateTokenAction }) {
  const [name, setName] = useState('')
  const [scope, setScope] = useState<ApiTokenScope>('ingest')
  const [shown, setShown] = useState<{ token: string; name: string } | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  const [state, formAction, pending] = useActionState<CreateTokenState, FormData>(async (prev, formData) => {
    const result = await action(prev, formData)
    if (result?.ok && 'token' in result) {
      setShown({ token: result.token, name: result.name })
      setName('')
    }
    return result
  }, null)

  useEffect(() => {
    const field = firstErrorField(state, FIELDS)
    if (field) formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
  }, [state])

  function closePanel() {
    setShown(null)
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[name="name"]')?.focus())
  }

  if (shown) return <NewTokenPanel token={shown.token} name={shown.name} onDone={closePanel} />

  const errors = state && !state.ok ? state.fieldErrors : {}
  const nameHint = 'Who or what will use it, e.g. “GitHub Actions deploy workflow”.'
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={submitWithoutReset(formAction)}
      noValidate
      aria-label="Create an API token"
      className="space-y-4"
    >
      <FormField id="token-name" label="Name" hint={nameHint} error={errors.name} className="max-w-xl">
        <input
          {...describedBy('token-name', { hint: nameHint, error: errors.name })}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={API_TOKEN_NAME_MAX}
          autoComplete="off"
          required
          className={INPUT_CLASS}
        />
      </FormField>
      <fieldset aria-describedby={errors.scope ? 'token-scope-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">Scope</legend>
        <div className="mt-1 space-y-2">
          {API_TOKEN_SCOPES.map((s) => (
            <label key={s} className="flex items-start gap-2 text-sm">
              <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setScope(s)} className="mt-1" />
              <span>
                <span className="font-medium">{SCOPE_WORDS[s].label}</span>
                <span className="block text-slate-600">{SCOPE_WORDS[s].description}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.scope ? (
          <p id="token-scope-error" className="mt-1 text-sm text-red-700">
            {errors.scope}
          </p>
        ) : null}
      </fieldset>
      {errors.form ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create token'}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {state?.ok ? state.message : ''}
        </p>
      </div>
    </form>
  )
}
