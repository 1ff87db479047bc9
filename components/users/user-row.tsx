'use client'

import { useActionState, useEffect, useEffectEvent, useRef, useState } from 'react'
import { Button, buttonClass } from '@/components/ui/button'
import type { ActionState } from '@/lib/actions/action-state'
import { isRole } from '@/lib/auth/roles'
import type { CategoryKey } from '@/lib/metrics/categories'
import type { UserAction } from './add-user-form'
import { categoryList, roleLabel } from '@/lib/auth/role-words'
import { UserRoleForm } from './user-role-form'

/** A user as the table shows them; `created` is already a date in the organisation's time zone. */
export interface UserListItem {
  id: string
  name: string
  email: string
  role: string
  categories: CategoryKey[]
  disabled: boolean
  created: string
  isYou: boolean
}

export type RowMessage = { text: string; error: boolean }

const TD = 'px-3 py-2 align-middle'

/** One user: who they are, their role, status, and the admin's two actions (change role, disable). */
export function UserRow({
  user,
  roleAction,
  disableAction,
  onMessage,
}: {
  user: UserListItem
  roleAction: UserAction
  disableAction: UserAction
  onMessage: (message: RowMessage) => void
}) {
  const [editing, setEditing] = useState(false)
  const changeButton = useRef<HTMLButtonElement>(null)
  const [toggleState, toggle, toggling] = useActionState<ActionState, FormData>(disableAction, null)
  const rowId = `user-${user.id}`

  // Only a new result announces; a new onMessage from the parent does not.
  const announce = useEffectEvent(onMessage)
  useEffect(() => {
    if (!toggleState) return
    announce(
      toggleState.ok ? { text: toggleState.message, error: false } : { text: Object.values(toggleState.fieldErrors)[0] ?? '', error: true },
    )
  }, [toggleState])

  function stopEditing(message?: string) {
    setEditing(false)
    if (message) onMessage({ text: message, error: false })
    requestAnimationFrame(() => changeButton.current?.focus())
  }

  const muted = user.disabled ? 'text-slate-500' : 'text-slate-900'
  return (
    <>
      <tr className={user.disabled ? 'bg-slate-50' : undefined}>
        <th scope="row" className={`${TD} text-left font-medium ${muted}`}>
          {user.name}
          {user.isYou ? <span className="ml-1 text-xs font-normal text-slate-500">(you)</span> : null}
        </th>
        <td className={`${TD} ${muted}`}>{user.email}</td>
        <td className={TD}>
          <span className={muted}>{roleLabel(user.role)}</span>
          {user.categories.length > 0 ? <span className="block text-xs text-slate-600">{categoryList(user.categories)}</span> : null}
        </td>
        <td className={TD}>
          {user.disabled ? (
            <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">Disabled</span>
          ) : (
            <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">Active</span>
          )}
        </td>
        <td className={`${TD} whitespace-nowrap text-slate-600`}>{user.created}</td>
        <td className={`${TD} text-right`}>
          <div className="flex justify-end gap-2">
            <button
              ref={changeButton}
              type="button"
              className={buttonClass('secondary')}
              aria-expanded={editing}
              aria-controls={editing ? `${rowId}-edit` : undefined}
              aria-label={`Change role of ${user.name}`}
              onClick={() => (editing ? stopEditing() : setEditing(true))}
            >
              Change role
            </button>
            {/* Disabling yourself would end your own session mid-task; another admin can. */}
            {user.isYou ? null : (
              <form action={toggle}>
                <input type="hidden" name="id" value={user.id} />
                <input type="hidden" name="disabled" value={user.disabled ? 'false' : 'true'} />
                <Button
                  type="submit"
                  variant="secondary"
                  disabled={toggling}
                  aria-label={`${user.disabled ? 'Re-enable' : 'Disable'} ${user.name}`}
                >
                  {toggling ? 'Saving…' : user.disabled ? 'Re-enable' : 'Disable'}
                </Button>
              </form>
            )}
          </div>
        </td>
      </tr>
      {editing ? (
        <tr id={`${rowId}-edit`} className="bg-blue-50/40">
          <td colSpan={6} className="px-3 py-3">
            <UserRoleForm
              idPrefix={rowId}
              user={{ id: user.id, name: user.name, role: isRole(user.role) ? user.role : 'viewer', categories: user.categories }}
              action={roleAction}
              onDone={stopEditing}
            />
          </td>
        </tr>
      ) : null}
    </>
  )
}
