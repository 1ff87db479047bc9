'use client'

import { useActionState, type ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import type { ActionState } from '@/lib/actions/action-state'

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>

/** A small form on the Connections page: its fields, one button, and what the server answered. */
export function ActionForm({
  action,
  label,
  submit,
  variant = 'primary',
  children,
}: {
  action: FormAction
  label: string
  submit: string
  variant?: 'primary' | 'secondary' | 'danger'
  children: ReactNode
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null)
  const errors = state && !state.ok ? Object.entries(state.fieldErrors) : []
  return (
    <form action={formAction} aria-label={label} className="space-y-2">
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={variant} disabled={pending}>
          {submit}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {state?.ok ? state.message : ''}
        </p>
      </div>
      {errors.length > 0 ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.map(([field, message]) => (field === 'form' ? message : `${field}: ${message}`)).join(' ')}
        </p>
      ) : null}
    </form>
  )
}
