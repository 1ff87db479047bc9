import type { MetricDef } from '@/lib/metrics/catalogue'
import { formatScore, formatValue } from '@/lib/metrics/format'
import type { TrendPoint } from '@/lib/metrics/series'

/** The numbers behind a metric's trend chart: quarter, value, target and score. */
export function TrendTable({
  caption,
  metric,
  points,
  currency,
}: {
  caption: string
  metric: MetricDef
  points: TrendPoint[]
  currency: string
}) {
  const TH = 'py-1 pr-4 text-right font-medium'
  return (
    <table className="text-left text-sm tabular-nums">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-4 font-medium">
            Quarter
          </th>
          <th scope="col" className={TH}>
            Value
          </th>
          <th scope="col" className={TH}>
            Target
          </th>
          <th scope="col" className={TH}>
            Score
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {points.map((p) => (
          <tr key={p.quarter}>
            <th scope="row" className="py-1 pr-4 font-normal">
              {p.label}
            </th>
            <td className="py-1 pr-4 text-right">{formatValue(metric, p.value, { currency })}</td>
            <td className="py-1 pr-4 text-right">{formatValue(metric, p.target, { currency })}</td>
            <td className="py-1 pr-4 text-right">{formatScore(p.score)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
