import { LEVEL_LABELS } from '@/lib/metrics/benchmarks'
import type { MetricDef } from '@/lib/metrics/catalogue'
import { formatScore, formatValue } from '@/lib/metrics/format'
import type { FigureScore } from '@/lib/metrics/scoring'
import { StatusChip } from './status-chip'

const TH = 'px-3 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600'

/** Figures and the scores the real scoring function gives them. */
export function ExampleTable({
  caption,
  metric,
  rows,
  showLevel = false,
}: {
  caption: string
  metric: MetricDef
  rows: readonly { value: number | null; score: FigureScore; label?: string }[]
  showLevel?: boolean
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full max-w-xl border-collapse text-sm">
        <caption className="mb-1 text-left text-xs text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Figure
            </th>
            {showLevel ? (
              <th scope="col" className={TH}>
                Level
              </th>
            ) : null}
            <th scope="col" className={`${TH} text-right`}>
              Score
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal tabular-nums">
                {row.label ?? formatValue(metric, row.value)}
              </th>
              {showLevel ? <td className="px-3 py-1.5">{row.score.level ? LEVEL_LABELS[row.score.level] : '—'}</td> : null}
              <td className="px-3 py-1.5 text-right font-semibold tabular-nums">{formatScore(row.score.score)}</td>
              <td className="px-3 py-1.5">
                <StatusChip status={row.score.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
