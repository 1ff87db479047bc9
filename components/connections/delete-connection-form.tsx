'use client'

import { useActionState, useId } from 'react'
import { Button, buttonClass } from '@/components/ui/button'
import { INPUT_CLASS } from '@/components/ui/form-field'
import { useConfirmStep } from '@/components/ui/use-confirm-step'
import type { ActionState } from '@/lib/actions/action-state'
import type { FormAction } from './action-form'

/**
 * Deleting a connection asks first, in the page (keyboard and screen-reader friendly, unlike
 * window.confirm): it says what goes with it and what stays, and the person types its name, so a
 * slip cannot stop a team's figures from arriving. The server checks the name again.
 */
export function DeleteConnectionForm({
  id,
  name,
  mappings,
  deliveries,
  action,
}: {
  id: string
  name: string
  mappings: number
  deliveries: number
  action: FormAction
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null)
  const { confirming, ask, cancel, panel, trigger } = useConfirmStep<HTMLDivElement>(state?.ok ? state : null, () => {})
  const heading = useId()
  const error = state && !state.ok ? (state.fieldErrors.confirmName ?? state.fieldErrors.form ?? Object.values(state.fieldErrors)[0]) : null
  if (!confirming) {
    return (
      <div>
        <button ref={trigger} type="button" className={buttonClass('danger')} onClick={ask}>
          Delete connection…
        </button>
        {state?.ok ? (
          <p role="status" className="mt-1 text-sm text-green-800">
            {state.message}
          </p>
        ) : null}
      </div>
    )
  }
  return (
    <div ref={panel} tabIndex={-1} role="group" aria-labelledby={heading} className="w-full rounded-md border border-red-300 bg-red-50 p-3">
      <p id={heading} className="font-semibold text-slate-900">
        Delete {name}?
      </p>
      <p className="mt-1 text-sm text-slate-800">
        This removes the connection, its {mappings} source {mappings === 1 ? 'mapping' : 'mappings'} and its delivery log ({deliveries}{' '}
        {deliveries === 1 ? 'delivery' : 'deliveries'}). Deliveries sent to its webhook URL are refused from then on. The deployments,
        changes and incidents it stored stay, and so do the figures computed from them.
      </p>
      <form action={formAction} className="mt-2 space-y-2">
        <input type="hidden" name="id" value={id} />
        <label htmlFor={`confirm-${id}`} className="block text-sm font-medium">
          Type {name} to confirm
        </label>
        <input
          id={`confirm-${id}`}
          name="confirmName"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `confirm-error-${id}` : undefined}
          className={INPUT_CLASS}
        />
        {error ? (
          <p id={`confirm-error-${id}`} role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div className="flex gap-2">
          <button type="submit" className={buttonClass('danger')} disabled={pending}>
            {pending ? 'Deleting…' : `Delete ${name}`}
          </button>
          <Button type="button" variant="secondary" onClick={cancel}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  )
}
