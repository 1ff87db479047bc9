'use client'

import { useActionState } from 'react'
import { useConfirmStep } from '@/components/ui/use-confirm-step'
import { Button, buttonClass } from '@/components/ui/button'
import type { ActionState } from '@/lib/actions/action-state'
import { scopeLabel } from '@/lib/actions/token-words'

/** A token as the table shows it; dates are already text in the organisation's time zone. */
export interface TokenListItem {
  id: string
  name: string
  scope: string
  prefix: string
  createdBy: string
  created: string
  lastUsed: string | null
  revoked: string | null
}

export type RevokeTokenAction = (state: ActionState, formData: FormData) => Promise<ActionState>
export type RowMessage = { text: string; error: boolean }

const TD = 'px-3 py-2 align-top'

/** One token with its revoke button; revoking asks once more, since programs using it stop at once. */
export function TokenRow({
  token,
  action,
  onMessage,
}: {
  token: TokenListItem
  action: RevokeTokenAction
  onMessage: (m: RowMessage) => void
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null)
  const {
    confirming,
    ask,
    cancel,
    panel: confirmButton,
    trigger: revokeButton,
  } = useConfirmStep<HTMLButtonElement>(state, () => {
    if (state)
      onMessage(state.ok ? { text: state.message, error: false } : { text: Object.values(state.fieldErrors)[0] ?? '', error: true })
  })

  const muted = token.revoked ? 'text-slate-500' : 'text-slate-900'
  return (
    <tr className={token.revoked ? 'bg-slate-50' : undefined}>
      <th scope="row" className={`${TD} text-left font-medium ${muted}`}>
        {token.name}
      </th>
      <td className={`${TD} font-mono text-xs ${muted}`}>{token.prefix}…</td>
      <td className={`${TD} ${muted}`}>{scopeLabel(token.scope)}</td>
      <td className={`${TD} text-slate-600`}>
        <span className="block whitespace-nowrap">{token.created}</span>
        <span className="block whitespace-nowrap text-xs">by {token.createdBy}</span>
      </td>
      <td className={`${TD} whitespace-nowrap text-slate-600`}>{token.lastUsed ?? 'Never'}</td>
      <td className={TD}>
        {token.revoked ? (
          <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">Revoked {token.revoked}</span>
        ) : (
          <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">Active</span>
        )}
      </td>
      <td className={`${TD} text-right`}>
        {token.revoked ? null : confirming ? (
          <form action={formAction} className="flex flex-col items-end gap-1">
            <input type="hidden" name="id" value={token.id} />
            <span className="text-xs text-slate-700">Programs using it get 401 at once.</span>
            <span className="flex gap-2 whitespace-nowrap">
              <button ref={confirmButton} type="submit" className={buttonClass('danger')} disabled={pending}>
                {pending ? 'Revoking…' : 'Revoke token'}
              </button>
              <Button type="button" variant="secondary" onClick={cancel}>
                Cancel
              </Button>
            </span>
          </form>
        ) : (
          <button
            ref={revokeButton}
            type="button"
            className={buttonClass('secondary')}
            onClick={ask}
            aria-label={`Revoke ${token.name} (${token.prefix}…)`}
          >
            Revoke…
          </button>
        )}
      </td>
    </tr>
  )
}
