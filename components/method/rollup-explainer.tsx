import { CATEGORY_KEYS } from '@/lib/metrics/categories'
import { scoredKeys } from '@/lib/metrics/rollup'
import { DEFAULT_SEVERITY_WEIGHTS } from '@/lib/metrics/severity-index'
import { getCategory } from '@/lib/metrics/categories'
import { formatScore, formatValue } from '@/lib/metrics/format'
import { StatusChip } from './status-chip'
import { contextOnlyMetrics, rollupExample } from './rollup-example'

const TH = 'px-3 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600'

/** Category and overall scores, coverage, and why a blank is never a zero. */
export function RollupExplainer() {
  const weights = DEFAULT_SEVERITY_WEIGHTS
  const totalMetrics = CATEGORY_KEYS.reduce((sum, key) => sum + scoredKeys(key).length, 0)
  const example = rollupExample()
  const category = getCategory(example.category.category)
  const context = contextOnlyMetrics()
  return (
    <>
      <p>
        A <strong>category’s score</strong> is the plain average of the scores of its figures. A figure with no data is left out of the
        average, <strong>never counted as zero</strong>: it lowers the coverage shown beside the score, such as “{example.coverage}”, not
        the score itself. A figure with no target (and no default) reads “No target set” and is left out the same way.
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full max-w-xl border-collapse text-sm">
          <caption className="mb-1 text-left text-xs text-slate-600">Example: {category.label}, with one figure not entered</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={TH}>
                Metric
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Figure
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Score
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {example.rows.map((r) => (
              <tr key={r.metric.key}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  {r.metric.label}
                </th>
                <td className="px-3 py-1.5 text-right tabular-nums">{r.value === null ? 'not entered' : formatValue(r.metric, r.value)}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{r.score.score === null ? 'left out' : formatScore(r.score.score)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-300">
            <tr>
              <th scope="row" className="px-3 py-1.5 text-left font-semibold">
                {category.label}
              </th>
              <td className="px-3 py-1.5 text-right text-slate-600">{example.coverage}</td>
              <td className="px-3 py-1.5 text-right font-semibold tabular-nums">
                {formatScore(example.category.score)} <StatusChip status={example.category.status} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>
        Had the blank counted as zero, the category would read {formatScore(example.ifBlankWereZero)}: a fall caused by a missing number,
        not by performance.
      </p>
      <p>
        The <strong>overall score</strong> is the average of the category scores that exist, each category weighted by its coverage: the
        share of its metrics that have a score. A full category weighs 1; a category resting on 1 of 7 metrics weighs 1/7, so a thinly
        measured category cannot move the overall score as much as a fully measured one. A category without any scored figure is left out,
        never counted as zero, and the scorecard says how much the score rests on, such as “based on 22 of {totalMetrics} metrics”.
      </p>
      <p>
        <strong>Security incidents</strong> are scored once, as a severity index: critical × {weights.critical} + high × {weights.high} +
        medium × {weights.medium} + low × {weights.low} (house defaults; an admin changes them under Settings). The index is judged against
        the same weighting of the four targets as a count, so one critical incident weighs as much as {weights.critical / weights.low} low
        ones. The four counts are shown, not scored one by one.
      </p>
      <p>
        <strong>Changes compare like with like.</strong> When the two quarters of a change were judged by different DORA benchmark sets, the
        earlier quarter is rescored under the later one’s set for the change, and the change says so (“rescored under DORA 2024”); the trend
        still shows each quarter as it was reported. When a score rests on different metrics in the two quarters, the change is flagged with
        the counts (“3 → 4 metrics”).
      </p>
      {context.length > 0 ? <p>Shown for context and never scored: {context.map((m) => m.label).join(', ')}.</p> : null}
    </>
  )
}
