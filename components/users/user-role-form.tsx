'use client'

import { useActionState, useEffect, useEffectEvent, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { firstErrorField } from '@/components/ui/form-field'
import type { ActionState } from '@/lib/actions/action-state'
import type { Role } from '@/lib/auth/roles'
import type { CategoryKey } from '@/lib/metrics/categories'
import type { UserAction } from './add-user-form'
import { OwnedCategories, RoleSelect, type RoleChoice } from './role-fields'
import { submitWithoutReset } from '@/components/ui/submit-without-reset'

/**
 * Changes one user's role (and owned categories), inline below their row. The change applies from
 * their next click: sessions read the role afresh on every request.
 */
export function UserRoleForm({
  idPrefix,
  user,
  action,
  onDone,
}: {
  idPrefix: string
  user: { id: string; name: string; role: Role; categories: CategoryKey[] }
  action: UserAction
  onDone: (message: string) => void
}) {
  const [choice, setChoice] = useState<RoleChoice>({ role: user.role, categories: user.categories })
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null)
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[name="role"]')?.focus()
  }, [])
  // Only a new answer closes the form; a new onDone from the parent does not.
  const done = useEffectEvent(onDone)
  useEffect(() => {
    if (state?.ok) return done(state.message)
    const field = firstErrorField(state, ['role', 'categories'])
    if (field) formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
  }, [state])

  const errors = state && !state.ok ? state.fieldErrors : {}
  const other = errors.form ?? errors.id
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={submitWithoutReset(formAction)}
      noValidate
      aria-label={`Change role of ${user.name}`}
      className="flex flex-wrap items-start gap-3"
    >
      <input type="hidden" name="id" value={user.id} />
      <div className="min-w-56">
        <RoleSelect idPrefix={idPrefix} value={choice} onChange={setChoice} error={errors.role} />
      </div>
      <div className="flex gap-2 pt-6">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save role'}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone('')}>
          Cancel
        </Button>
      </div>
      <OwnedCategories idPrefix={idPrefix} value={choice} onChange={setChoice} error={errors.categories} className="basis-full" />
      {other ? (
        <p role="alert" className="basis-full text-sm text-red-700">
          {other}
        </p>
      ) : null}
    </form>
  )
}
