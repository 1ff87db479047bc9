'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { describedBy, firstErrorField, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import type { ActionState } from '@/lib/actions/action-state'
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-limits'
import { OwnedCategories, RoleSelect, type RoleChoice } from './role-fields'
import { submitWithoutReset } from '@/components/ui/submit-without-reset'

export type UserAction = (state: ActionState, formData: FormData) => Promise<ActionState>

const FIELDS = ['name', 'email', 'role', 'password', 'categories'] as const
const EMPTY = { name: '', email: '', password: '' }
// Least privilege until the admin chooses otherwise.
const DEFAULT_ROLE: RoleChoice = { role: 'viewer', categories: [] }

/**
 * Adds a user with an initial password the admin passes on to them. The server checks everything
 * (the common-password list is too large to ship to the browser); fields stay filled on a refusal.
 */
export function AddUserForm({ action }: { action: UserAction }) {
  const [fields, setFields] = useState(EMPTY)
  const [role, setRole] = useState<RoleChoice>(DEFAULT_ROLE)
  const formRef = useRef<HTMLFormElement>(null)

  const [state, formAction, pending] = useActionState<ActionState, FormData>(async (prev, formData) => {
    const result = await action(prev, formData)
    if (result?.ok) {
      setFields(EMPTY)
      setRole(DEFAULT_ROLE)
    }
    return result
  }, null)

  useEffect(() => {
    const field = firstErrorField(state, FIELDS)
    if (field) formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
  }, [state])

  const errors = state && !state.ok ? state.fieldErrors : {}
  const set = (name: keyof typeof EMPTY) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }))
  const passwordHint = `${PASSWORD_MIN} to ${PASSWORD_MAX} characters; common passwords are refused. Give it to them privately.`
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={submitWithoutReset(formAction)}
      noValidate
      aria-label="Add a user"
      className="space-y-3"
    >
      <div className="grid max-w-3xl gap-3 sm:grid-cols-2">
        <FormField id="user-name" label="Name" error={errors.name}>
          <input
            {...describedBy('user-name', { error: errors.name })}
            name="name"
            value={fields.name}
            onChange={set('name')}
            autoComplete="off"
            required
            className={INPUT_CLASS}
          />
        </FormField>
        <FormField id="user-email" label="Email" error={errors.email}>
          <input
            {...describedBy('user-email', { error: errors.email })}
            name="email"
            type="email"
            value={fields.email}
            onChange={set('email')}
            autoComplete="off"
            spellCheck={false}
            required
            className={INPUT_CLASS}
          />
        </FormField>
        <RoleSelect idPrefix="user" value={role} onChange={setRole} error={errors.role} />
        <FormField id="user-password" label="Initial password" hint={passwordHint} error={errors.password}>
          <input
            {...describedBy('user-password', { hint: passwordHint, error: errors.password })}
            name="password"
            type="password"
            value={fields.password}
            onChange={set('password')}
            autoComplete="new-password"
            required
            className={INPUT_CLASS}
          />
        </FormField>
        <OwnedCategories idPrefix="user" value={role} onChange={setRole} error={errors.categories} className="sm:col-span-2" />
      </div>
      {errors.form ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Adding…' : 'Add user'}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {state?.ok ? state.message : ''}
        </p>
      </div>
    </form>
  )
}
