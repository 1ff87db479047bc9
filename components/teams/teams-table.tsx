'use client'

import { useState } from 'react'
import type { TeamRow as Team } from '@/lib/db/queries/teams'
import { TeamRow, type TeamAction } from './team-row'

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600'

/** Every team, active first, with one live region announcing what the last change did. */
export function TeamsTable({
  teams,
  renameAction,
  archiveAction,
}: {
  teams: readonly Team[]
  renameAction: TeamAction
  archiveAction: TeamAction
}) {
  const [message, setMessage] = useState('')
  return (
    <>
      <p role="status" className="mb-2 min-h-5 text-sm text-green-800">
        {message}
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[640px] border-collapse text-sm">
          <caption className="sr-only">Teams</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={TH}>
                Name
              </th>
              <th scope="col" className={TH}>
                Slug
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {teams.map((team) => (
              <TeamRow key={team.id} team={team} renameAction={renameAction} archiveAction={archiveAction} onMessage={setMessage} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
