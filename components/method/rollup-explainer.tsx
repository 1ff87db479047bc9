import { getCategory } from '@/lib/metrics/categories'
import { formatScore, formatValue } from '@/lib/metrics/format'
import { StatusChip } from './status-chip'
import { contextOnlyMetrics, rollupExample } from './rollup-example'

const TH = 'px-3 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600'

/** Category and overall scores, coverage, and why a blank is never a zero. */
export function RollupExplainer() {
  const example = rollupExample()
  const category = getCategory(example.category.category)
  const context = contextOnlyMetrics()
  return (
    <>
      <p>
        A <strong>category’s score</strong> is the plain average of the scores of its figures. A figure with no data is
        left out of the average, <strong>never counted as zero</strong>: it lowers the coverage shown beside the score,
        such as “{example.coverage}”, not the score itself. A figure with no target (and no default) reads “No target
        set” and is left out the same way.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full max-w-xl border-collapse text-sm">
          <caption className="mb-1 text-left text-xs text-slate-600">Example: {category.label}, with one figure not entered</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={TH}>Metric</th>
              <th scope="col" className={`${TH} text-right`}>Figure</th>
              <th scope="col" className={`${TH} text-right`}>Score</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {example.rows.map((r) => (
              <tr key={r.metric.key}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">{r.metric.label}</th>
                <td className="px-3 py-1.5 text-right tabular-nums">{r.value === null ? 'not entered' : formatValue(r.metric, r.value)}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{r.score.score === null ? 'left out' : formatScore(r.score.score)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-300">
            <tr>
              <th scope="row" className="px-3 py-1.5 text-left font-semibold">{category.label}</th>
              <td className="px-3 py-1.5 text-right text-slate-600">{example.coverage}</td>
              <td className="px-3 py-1.5 text-right font-semibold tabular-nums">
                {formatScore(example.category.score)} <StatusChip status={example.category.status} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>
        Had the blank counted as zero, the category would read {formatScore(example.ifBlankWereZero)}: a fall caused by a
        missing number, not by performance.
      </p>
      <p>
        The <strong>overall score</strong> is the average of the category scores that exist, each category weighing the
        same whatever its number of metrics. A category without any scored figure is left out, and the overall score
        says how many categories it rests on, such as “5 of 6 categories”.
      </p>
      {context.length > 0 ? (
        <p>
          Shown for context and never scored: {context.map((m) => m.label).join(', ')}.
        </p>
      ) : null}
    </>
  )
}
