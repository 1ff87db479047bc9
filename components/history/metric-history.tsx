import type { HistoryEntry } from '@/lib/db/queries/history'
import type { MetricDef } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'
import { fiscalLabel, type FiscalStartMonth } from '@/lib/metrics/quarters'
import { actionLabel } from './action-labels'
import { UtcTime } from './utc-time'

const TH = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase'
const TD = 'px-3 py-2 align-top'

function valueText(metric: MetricDef, value: number | null | undefined, currency: string): string {
  if (value === undefined) return 'none'
  if (value === null) return 'blank'
  return formatValue(metric, value, { currency })
}

/**
 * Every recorded change to a metric's figure and target over the quarters of its trend, newest first:
 * when (UTC), which quarter, what changed, before and after, who, and the reason of a restatement.
 */
export function MetricHistory({
  metric,
  entries,
  more,
  quarters,
  fiscalStart,
  currency,
  scopeName,
}: {
  metric: MetricDef
  entries: readonly HistoryEntry[]
  more: boolean
  quarters: readonly string[]
  fiscalStart: FiscalStartMonth
  currency: string
  scopeName: string
}) {
  const span = `${fiscalLabel(quarters[0], fiscalStart)} to ${fiscalLabel(quarters[quarters.length - 1], fiscalStart)}`
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Every change to the {metric.label.toLowerCase()} figure and target for {scopeName}, {span}, newest first. Times are UTC.
        {more ? ` Only the newest ${entries.length} changes are shown.` : ''}
      </p>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">No changes recorded in these quarters.</p>
      ) : (
        // Positioned, so the table's sr-only texts (absolutely placed) scroll with it instead of widening the page.
        <div className="relative overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            {/* Not named after the metric: the trend's data table already is, and one name should find one table. */}
            <caption className="sr-only">Changes to this metric&rsquo;s figure and target, newest first</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={TH}>
                  When (UTC)
                </th>
                <th scope="col" className={TH}>
                  Quarter
                </th>
                <th scope="col" className={TH}>
                  Change
                </th>
                <th scope="col" className={TH}>
                  Before → after
                </th>
                <th scope="col" className={TH}>
                  Who
                </th>
                <th scope="col" className={TH}>
                  Reason
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.map((e) => (
                <tr key={e.id} className={e.action === 'figure.restate' ? 'bg-amber-50/60' : undefined}>
                  <td className={`${TD} whitespace-nowrap tabular-nums`}>
                    <UtcTime at={e.at} />
                  </td>
                  <td className={`${TD} whitespace-nowrap`}>{fiscalLabel(e.quarter, fiscalStart)}</td>
                  <td className={TD}>{e.kind === 'target' ? actionLabel(e.action) : `Figure ${actionLabel(e.action).toLowerCase()}`}</td>
                  <td className={`${TD} whitespace-nowrap tabular-nums`}>
                    {valueText(metric, e.before, currency)} <span aria-hidden="true">→</span>
                    <span className="sr-only">to</span> {valueText(metric, e.after, currency)}
                  </td>
                  <td className={TD}>{e.actor}</td>
                  <td className={`${TD} max-w-md`}>
                    {e.reason ?? (
                      <>
                        <span aria-hidden="true" className="text-slate-400">
                          —
                        </span>
                        <span className="sr-only">none</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
