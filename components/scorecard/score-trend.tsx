import { Sparkline } from '@/components/charts/sparkline'
import { sparklineGeometry, SPARKLINE_BOX } from '@/components/charts/sparkline-geometry'
import { SparklineNoteMarker } from '@/components/charts/sparkline-note-marker'
import { ScoreTableDetails } from './score-table-details'
import type { ScoreTrendData } from './score-trend-data'

/**
 * A score's sparkline with its axis range labelled, an accessible name and its data table behind a
 * disclosure (the shape of ChartFrame). Lays the line out from the scores scoreTrendData prepared
 * (in the browser when a client component draws it, so the payload carries scores, not coordinates). The sparkline's axis is fitted to the scores, so its ends are
 * labelled: without them a fall from 61 to 44 and one from 90 to 10 would look alike. Notes on the
 * timeline are markers in a strip under the line, outside the picture's role="img" so that each is
 * reached and named on its own.
 */
export function ScoreTrend({ trend, height }: { trend: ScoreTrendData; height: number }) {
  const geometry = sparklineGeometry(trend.scores, SPARKLINE_BOX, trend.guide)
  const { low, high } = geometry.range
  return (
    <figure className="w-full">
      <div className="flex gap-1.5" style={{ height }}>
        <div
          aria-hidden="true"
          className="flex w-6 shrink-0 flex-col justify-between text-right text-[11px] leading-3 text-slate-600 tabular-nums"
        >
          <span>{high}</span>
          <span>{low}</span>
        </div>
        <div role="img" aria-label={`${trend.title}, on an axis from ${low} to ${high}`} className="min-w-0 flex-1">
          <Sparkline
            geometry={geometry}
            tips={trend.rows.map((row) => `${row.label}: ${row.score} (${row.status.toLowerCase()})`)}
            noteLefts={trend.notes.map((n) => n.left)}
          />
        </div>
      </div>
      {trend.notes.length > 0 ? (
        // Indented by the axis labels' column (w-6) and the gap (gap-1.5), so each marker sits under its quarter.
        <div className="relative mt-0.5 ml-[1.875rem] h-4">
          {trend.notes.map((mark) => (
            <SparklineNoteMarker key={mark.label} mark={mark} />
          ))}
        </div>
      ) : null}
      <ScoreTableDetails title={trend.title} rows={trend.rows} />
    </figure>
  )
}
