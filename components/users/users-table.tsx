'use client'

import { useState } from 'react'
import type { UserAction } from './add-user-form'
import { UserRow, type RowMessage, type UserListItem } from './user-row'

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600'

/** Every user, with one live region for what the last change did and one for why it was refused. */
export function UsersTable({
  users,
  roleAction,
  disableAction,
}: {
  users: readonly UserListItem[]
  roleAction: UserAction
  disableAction: UserAction
}) {
  const [message, setMessage] = useState<RowMessage>({ text: '', error: false })
  return (
    <>
      <p role="status" className="min-h-5 text-sm text-green-800">
        {message.error ? '' : message.text}
      </p>
      <p role="alert" className="mb-2 text-sm text-red-700 empty:hidden">
        {message.error ? message.text : ''}
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[760px] border-collapse text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={TH}>
                Name
              </th>
              <th scope="col" className={TH}>
                Email
              </th>
              <th scope="col" className={TH}>
                Role
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={TH}>
                Created
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <UserRow key={user.id} user={user} roleAction={roleAction} disableAction={disableAction} onMessage={setMessage} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
