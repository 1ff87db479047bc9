import Link from 'next/link'
import { formatScore } from '@/lib/metrics/format'
import { overallCoverageLabel } from '@/lib/metrics/rollup'
import type { Scorecard } from '@/lib/metrics/scorecard-model'
import { hasPoints, type ScoreSeriesPoint } from '@/lib/metrics/series'
import type { QuarterNotes } from '@/lib/metrics/chart-notes'
import type { Comparison } from './comparison'
import { ScoreChangeList } from './score-change-list'
import { scoreChanges } from './score-changes'
import { scoreTrendData } from './score-trend-data'
import { ScoreTrend } from './score-trend'
import { StatusBadge } from './status-badge'

/** The overall score of the quarter, its changes, what it rests on and which benchmarks judged it. */
export function OverallSummary({
  card,
  points,
  comparisons,
  howScoresWorkHref,
  provisional = false,
  notes = [],
}: {
  card: Scorecard
  points: ScoreSeriesPoint[]
  comparisons: readonly Comparison[]
  howScoresWorkHref: string
  /** True while the quarter is in progress: its status is provisional. */
  provisional?: boolean
  /** The scope's notes by quarter of `points` (quarterNotes), marked under the sparkline. */
  notes?: readonly QuarterNotes[]
}) {
  const { overall, benchmarkSet } = card
  const chartTitle = `Overall score, last ${points.length} quarters`
  return (
    <section aria-labelledby="overall-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="grid gap-6 md:grid-cols-[auto_1fr_minmax(0,18rem)] md:items-center">
        <div>
          <h2 id="overall-heading" className="text-sm font-medium text-slate-600">
            Overall score
          </h2>
          <p className="mt-1 flex items-baseline gap-2">
            <span className="text-6xl font-semibold tracking-tight tabular-nums">{formatScore(overall.score)}</span>
            <span className="text-lg text-slate-500">/ 100</span>
          </p>
          <div className="mt-2">
            <StatusBadge status={overall.status} provisional={provisional} />
          </div>
        </div>
        <div className="space-y-2 text-sm">
          <ScoreChangeList
            changes={scoreChanges(overall.score, card.overallHistory, comparisons, card.overallPast)}
            className="text-base"
          />
          <p className="text-slate-600">
            Mean of {overall.withData} of {overall.total} categories with a score, each weighted by its coverage;{' '}
            <span className="font-medium text-slate-800">{overallCoverageLabel(overall)}</span>.
          </p>
          <p className="text-slate-600">
            DORA metrics judged against{' '}
            <abbr title={benchmarkSet.source} className="font-medium text-slate-800 no-underline">
              DORA {benchmarkSet.id} benchmarks
            </abbr>
            {' · '}
            {/* Underlined: within a line of text, colour alone does not mark a link. */}
            <Link href={howScoresWorkHref} className="text-blue-700 underline underline-offset-4">
              How scores work
            </Link>
          </p>
        </div>
        {hasPoints(points, 'score') ? <ScoreTrend trend={scoreTrendData(chartTitle, points, provisional, notes)} height={80} /> : null}
      </div>
    </section>
  )
}
