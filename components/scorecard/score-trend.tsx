import { Sparkline } from '@/components/charts/sparkline'
import { ScoreTableDetails } from './score-table-details'
import type { ScoreTrendData } from './score-trend-data'

/**
 * A score's sparkline with an accessible name and its data table behind a disclosure (the shape of
 * ChartFrame). Draws only what scoreTrendData prepared, so a server or a client component can use it.
 */
export function ScoreTrend({ trend, height }: { trend: ScoreTrendData; height: number }) {
  return (
    <figure className="w-full">
      <div role="img" aria-label={trend.title} style={{ height }} className="w-full">
        <Sparkline geometry={trend.geometry} />
      </div>
      <ScoreTableDetails title={trend.title} rows={trend.rows} />
    </figure>
  )
}
