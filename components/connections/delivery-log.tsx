import type { DeliveryListItem } from './connection-types'

const OUTCOME_CLASS: Record<string, string> = {
  queued: 'bg-amber-100 text-amber-800',
  stored: 'bg-green-100 text-green-800',
  ignored: 'bg-slate-200 text-slate-700',
  refused: 'bg-red-100 text-red-800',
}

/**
 * The connection's last deliveries, newest first: how a person debugs their setup. A queued delivery
 * was acknowledged and stored, and is applied within moments; the count says how many wait.
 */
export function DeliveryLog({ name, deliveries, queued }: { name: string; deliveries: DeliveryListItem[]; queued: number }) {
  if (deliveries.length === 0) return <p className="text-sm text-slate-600">No deliveries yet.</p>
  return (
    <div className="max-h-96 overflow-auto">
      <p className="mb-1 text-sm text-slate-600">
        {queued === 0
          ? 'Every delivery received has been applied.'
          : `${queued} ${queued === 1 ? 'delivery is' : 'deliveries are'} queued: stored, and waiting to be applied (reload to see them applied).`}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Delivery log of {name}</caption>
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="px-2 py-1">
              Received
            </th>
            <th scope="col" className="px-2 py-1">
              Event
            </th>
            <th scope="col" className="px-2 py-1">
              Outcome
            </th>
            <th scope="col" className="px-2 py-1">
              Why
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap px-2 py-1">{d.received}</td>
              <td className="px-2 py-1 font-mono text-xs">{d.eventType}</td>
              <td className="px-2 py-1">
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${OUTCOME_CLASS[d.outcome] ?? ''}`}>{d.outcome}</span>
              </td>
              <td className="px-2 py-1">{d.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
