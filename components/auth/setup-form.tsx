'use client'

import { useActionState, useState } from 'react'
import { Button } from '@/components/ui/button'
import { describedBy, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import type { ActionState } from '@/lib/actions/action-state'
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-limits'

/** First-run form for the admin account; errors appear beside their fields. */
type SetupAction = (state: ActionState, formData: FormData) => Promise<ActionState>

/** The server action arrives as a prop, like every other form's, so components never import app/. */
export function SetupForm({ createFirstAdmin }: { createFirstAdmin: SetupAction }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(createFirstAdmin, null)
  // Controlled, because React clears a form after its action runs: a refused submit keeps them.
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const errors = state && !state.ok ? state.fieldErrors : {}
  const hint = `${PASSWORD_MIN} to ${PASSWORD_MAX} characters; common passwords are refused.`
  return (
    <form action={action} className="space-y-4">
      <FormField id="name" label="Your name" error={errors.name}>
        <input
          name="name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          className={INPUT_CLASS}
          {...describedBy('name', { error: errors.name })}
        />
      </FormField>
      <FormField id="email" label="Email" error={errors.email}>
        <input
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className={INPUT_CLASS}
          {...describedBy('email', { error: errors.email })}
        />
      </FormField>
      <FormField id="password" label="Password" hint={hint} error={errors.password}>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          className={INPUT_CLASS}
          {...describedBy('password', { hint, error: errors.password })}
        />
      </FormField>
      <FormField id="confirm" label="Confirm password" error={errors.confirm}>
        <input
          name="confirm"
          type="password"
          autoComplete="new-password"
          className={INPUT_CLASS}
          {...describedBy('confirm', { error: errors.confirm })}
        />
      </FormField>
      {errors.form ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Creating…' : 'Create admin account'}
      </Button>
    </form>
  )
}
