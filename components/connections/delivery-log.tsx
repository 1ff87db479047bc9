import type { DeliveryListItem } from './connection-types'

const OUTCOME_CLASS: Record<string, string> = {
  stored: 'bg-green-100 text-green-800',
  ignored: 'bg-slate-200 text-slate-700',
  refused: 'bg-red-100 text-red-800',
}

/** The connection's last deliveries, newest first: how a person debugs their setup. */
export function DeliveryLog({ name, deliveries }: { name: string; deliveries: DeliveryListItem[] }) {
  if (deliveries.length === 0) return <p className="text-sm text-slate-600">No deliveries yet.</p>
  return (
    <div className="max-h-96 overflow-auto">
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
