import Link from 'next/link'
import { ChartFrame } from '@/components/ui/chart-frame'
import { Sparkline } from '@/components/charts/sparkline'
import { formatScore } from '@/lib/metrics/format'
import { coverageLabel } from '@/lib/metrics/rollup'
import type { CategoryView } from '@/lib/metrics/scorecard-model'
import { hasPoints, type ScoreSeriesPoint } from '@/lib/metrics/series'
import type { Comparison } from './comparison'
import { ScoreChangeList } from './score-change-list'
import { ScoreSeriesTable } from './score-series-table'
import { StatusBadge } from './status-badge'

/** One category on the home page: score, status, coverage, changes and its 8-quarter sparkline. */
export function CategoryCard({
  view,
  href,
  points,
  comparisons,
}: {
  view: CategoryView
  href: string
  points: ScoreSeriesPoint[]
  comparisons: readonly Comparison[]
}) {
  const { category, score } = view
  const chartTitle = `${category.label} score, last ${points.length} quarters`
  return (
    <section className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`cat-${category.key}`}>
      <div className="flex items-start justify-between gap-3">
        <h2 id={`cat-${category.key}`} className="text-base font-semibold">
          <Link href={href} className="rounded-sm text-slate-900 underline-offset-4 hover:text-blue-700 hover:underline">
            {category.label}
          </Link>
        </h2>
        <StatusBadge status={score.status} />
      </div>
      <p className="mt-2 flex items-baseline gap-2">
        <span className="text-4xl font-semibold tracking-tight tabular-nums">{formatScore(score.score)}</span>
        <span className="text-sm text-slate-500">/ 100</span>
        <span className="ml-auto text-sm text-slate-600">{coverageLabel(score)}</span>
      </p>
      <ScoreChangeList score={score.score} history={view.history} comparisons={comparisons} past={view.past} className="mt-2 text-sm" />
      <div className="mt-auto pt-3">
        {hasPoints(points, 'score') ? (
          <ChartFrame title={chartTitle} height={64} table={<ScoreSeriesTable caption={chartTitle} points={points} />}>
            <Sparkline points={points} />
          </ChartFrame>
        ) : (
          <p className="text-sm text-slate-500">No scores in the last {points.length} quarters.</p>
        )}
      </div>
    </section>
  )
}
