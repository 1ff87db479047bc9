import { formatScore } from '@/lib/metrics/format'
import { coverageLabel } from '@/lib/metrics/rollup'
import type { CategoryView } from '@/lib/metrics/scorecard-model'
import type { Comparison } from './comparison'
import { ScoreChangeList } from './score-change-list'
import { scoreChanges } from './score-changes'
import { StatusBadge } from './status-badge'

/** A category's score for the quarter, with its coverage and changes, and the CTO's commentary. */
export function CategorySummary({
  view,
  comparisons,
  commentary,
  provisional = false,
}: {
  view: CategoryView
  comparisons: readonly Comparison[]
  commentary: string | null
  /** True while the quarter is in progress: its status is provisional. */
  provisional?: boolean
}) {
  const { score } = view
  return (
    <section aria-label={`${view.category.label} score`} className="grid gap-4 md:grid-cols-[minmax(0,22rem)_1fr]">
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <p className="text-sm font-medium text-slate-600">Category score</p>
        <p className="mt-1 flex items-baseline gap-2">
          <span className="text-5xl font-semibold tracking-tight tabular-nums">{formatScore(score.score)}</span>
          <span className="text-slate-500">/ 100</span>
          <span className="ml-auto">
            <StatusBadge status={score.status} provisional={provisional} />
          </span>
        </p>
        <p className="mt-2 text-sm text-slate-600">
          Mean of {coverageLabel(score)} with a score
          {score.withData > score.scored ? ` (${score.withData - score.scored} more entered but not scorable)` : ''}.
        </p>
        <ScoreChangeList changes={scoreChanges(score.score, view.history, comparisons, view.past)} className="mt-2 text-sm" />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="text-sm font-medium text-slate-600">Commentary</h2>
        {commentary ? (
          <p className="mt-1 max-w-prose whitespace-pre-line text-slate-800">{commentary}</p>
        ) : (
          <p className="mt-1 text-sm text-slate-500">No commentary for this quarter yet.</p>
        )}
        <p className="mt-3 text-xs text-slate-500">
          {view.category.summary} Owner: {view.category.owner}.
        </p>
      </div>
    </section>
  )
}
