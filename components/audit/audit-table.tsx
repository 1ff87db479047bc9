import { actionLabel } from '@/components/history/action-labels'
import { UtcTime } from '@/components/history/utc-time'
import type { AuditRow } from '@/lib/db/queries/audit'
import type { AuditNames } from '@/lib/db/queries/audit-names'
import { AuditValues } from './audit-values'

const TH = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase'
const TD = 'px-3 py-2 align-top'

/**
 * Audit events, newest first: when (UTC), who, what, on which entity, and the values before and
 * after. People and teams are named; their ids stay beneath, as recorded, for searching.
 */
export function AuditTable({ events, names }: { events: readonly AuditRow[]; names: AuditNames }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              When (UTC)
            </th>
            <th scope="col" className={TH}>
              Who
            </th>
            <th scope="col" className={TH}>
              Action
            </th>
            <th scope="col" className={TH}>
              Entity
            </th>
            <th scope="col" className={TH}>
              Before
            </th>
            <th scope="col" className={TH}>
              After
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((e) => (
            <tr key={e.id}>
              <td className={`${TD} whitespace-nowrap tabular-nums`}>
                <UtcTime at={e.at} />
              </td>
              <td className={`${TD} min-w-36 break-words`}>
                {names.actors[e.actor] ? (
                  <>
                    <span className="block">{names.actors[e.actor]}</span>
                    <span className="block text-xs text-slate-600">{e.actor}</span>
                  </>
                ) : (
                  e.actor
                )}
              </td>
              <td className={TD}>
                <span className="block font-mono text-xs">{e.action}</span>
                {actionLabel(e.action) !== e.action ? <span className="block text-xs text-slate-500">{actionLabel(e.action)}</span> : null}
              </td>
              <td className={TD}>
                <span className="block">
                  {e.entity}
                  {names.entities[e.id] ? `: ${names.entities[e.id]}` : ''}
                </span>
                <span className="block font-mono text-xs break-all text-slate-600">{e.entityId}</span>
              </td>
              <td className={`${TD} max-w-xs`}>
                <AuditValues json={e.before} />
              </td>
              <td className={`${TD} max-w-xs`}>
                <AuditValues json={e.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
