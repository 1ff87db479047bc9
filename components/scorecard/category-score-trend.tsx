import { ScoreTrendChart } from '@/components/charts/score-trend-chart'
import type { ChartNote } from '@/lib/metrics/chart-notes'
import { ON_TRACK_SCORE } from '@/lib/metrics/scoring'
import type { ScoreSeriesPoint } from '@/lib/metrics/series'
import { hasPoints } from '@/lib/metrics/series'
import { ScoreTableDetails } from './score-table-details'
import { scoreTrendData } from './score-trend-data'

/**
 * A category's score over the last quarters on its own page: the chart, its words, and the same
 * numbers as a table for people who cannot see it (the shape of ChartFrame), with a marker at each
 * quarter holding notes for the category (chartNotes places them).
 */
export function CategoryScoreTrend({ label, series, notes }: { label: string; series: readonly ScoreSeriesPoint[]; notes: ChartNote[] }) {
  const title = `${label} score, last ${series.length} quarters`
  const { rows } = scoreTrendData(title, series)
  return (
    <section aria-labelledby="score-trend-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="score-trend-heading" className="text-lg font-semibold">
        Score trend
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        The category score each quarter (solid blue) against the on-track line at {ON_TRACK_SCORE} (dashed grey). Quarters without a score
        are left as gaps.
        {notes.length > 0 ? ' An amber diamond marks a quarter with notes on the timeline; point at it or focus it to read them.' : ''}
      </p>
      {hasPoints(series, 'score') ? (
        <figure className="w-full">
          <div role="img" aria-label={title} className="h-[280px] w-full overflow-hidden">
            <ScoreTrendChart
              points={series.map((p) => ({ label: p.label, value: p.score, target: ON_TRACK_SCORE }))}
              onTrack={ON_TRACK_SCORE}
              notes={notes}
            />
          </div>
          <ScoreTableDetails title={title} rows={rows} />
        </figure>
      ) : (
        <p className="text-sm text-slate-500">No scores in the last {series.length} quarters.</p>
      )}
    </section>
  )
}
