import { formatScore, formatValue } from '@/lib/metrics/format'
import type { CategoryView, SeverityIndexView } from '@/lib/metrics/scorecard-model'
import { perSeverity, SEVERITIES, severityFormula } from '@/lib/metrics/severity-index'
import { StatusBadge } from './status-badge'

const TD = 'px-3 py-3 align-top'

/** "1 × 10 + 2 × 5 + 0 × 2 + 3 × 1": the quarter's counts in the formula, so the sum can be checked. */
function workedSum(view: CategoryView, index: SeverityIndexView): string | null {
  const counts = perSeverity((key) => view.metrics.find((m) => m.metric.key === key)?.figure?.value ?? null)
  if (SEVERITIES.some((s) => counts[s] === null)) return null
  return SEVERITIES.map((s) => `${counts[s]} × ${index.weights[s]}`).join(' + ')
}

/**
 * The security severity index as a row of the security table: the four incident counts are not
 * scored one by one but through this index, so the reader sees the value, the weights in force
 * (Settings), the target weighted the same way, and the score and status the category rests on.
 */
export function SeverityIndexRow({
  view,
  index,
  columnsAfterScore,
  provisional,
}: {
  view: CategoryView
  index: SeverityIndexView
  /** How many columns the table has after Score, so the row fills them. */
  columnsAfterScore: number
  provisional: boolean
}) {
  const sum = workedSum(view, index)
  return (
    <tr className="bg-slate-50/60">
      <th scope="row" className={`${TD} max-w-72 min-w-52 text-left font-normal`}>
        <span className="font-medium text-slate-900">{index.metric.label}</span>
        <span className="mt-0.5 block text-xs text-slate-500">= {severityFormula(index.weights)}</span>
        <span className="mt-0.5 block text-xs text-slate-500">Weights from Settings; the four counts are scored through it.</span>
      </th>
      <td className={TD}>
        {index.value === null ? (
          <span className="text-slate-500">No data: needs all four counts</span>
        ) : (
          <>
            <span className="font-semibold tabular-nums">{formatValue(index.metric, index.value)}</span>
            {sum ? <span className="block text-xs text-slate-500">= {sum}</span> : null}
          </>
        )}
      </td>
      <td className={TD}>
        {index.target === null ? (
          <span className="text-slate-500">No target: needs a target for each count</span>
        ) : (
          <span className="tabular-nums">≤ {formatValue(index.metric, index.target)}</span>
        )}
      </td>
      <td className={TD} title={index.score.explanation}>
        {index.score.score === null ? (
          <span className="text-slate-500">{index.score.explanation}</span>
        ) : (
          <span className="flex items-center gap-2">
            <span className="w-7 text-right font-semibold tabular-nums">{formatScore(index.score.score)}</span>
            <StatusBadge status={index.score.status} provisional={provisional} />
          </span>
        )}
      </td>
      <td className={`${TD} text-slate-500`} colSpan={columnsAfterScore}>
        Computed from the four counts above
      </td>
    </tr>
  )
}
