import { Sparkline } from '@/components/charts/sparkline'
import { formatScore } from '@/lib/metrics/format'
import { STATUS_LABELS, statusForScore } from '@/lib/metrics/scoring'
import type { ScoreSeriesPoint } from '@/lib/metrics/series'
import { ScoreTableDetails, type ScoreTableRow } from './score-table-details'

/** The table's rows, formatted here on the server: the browser gets words, not the scoring rules. */
export function scoreTableRows(points: readonly ScoreSeriesPoint[]): ScoreTableRow[] {
  return points.map((p) => ({
    quarter: p.quarter,
    label: p.label,
    score: formatScore(p.score),
    status: p.score === null ? 'No score' : STATUS_LABELS[statusForScore(p.score)],
  }))
}

/**
 * A score's sparkline with an accessible name and its data table behind a disclosure (the shape of
 * ChartFrame). The picture is plain SVG drawn here on the server; only the table is a client
 * component, handed the formatted rows it shows.
 */
export function ScoreTrend({ title, points, height }: { title: string; points: readonly ScoreSeriesPoint[]; height: number }) {
  return (
    <figure className="w-full">
      <div role="img" aria-label={title} style={{ height }} className="w-full">
        <Sparkline points={points} />
      </div>
      <ScoreTableDetails title={title} rows={scoreTableRows(points)} />
    </figure>
  )
}
