import { sparklineGeometry, SPARKLINE_BOX, type SparklineGeometry } from '@/components/charts/sparkline-geometry'
import { formatScore } from '@/lib/metrics/format'
import { ON_TRACK_SCORE, statusForScore } from '@/lib/metrics/scoring'
import { statusText } from '@/lib/metrics/status-text'
import type { ScoreSeriesPoint } from '@/lib/metrics/series'
import type { ScoreTableRow } from './score-table-details'

/** What a score sparkline and its table show, laid out and worded on the server. */
export interface ScoreTrendData {
  title: string
  geometry: SparklineGeometry
  rows: ScoreTableRow[]
}

/**
 * A score series as the browser needs it: the picture's coordinates and the table's words. The
 * scoring rules (status thresholds, rounding) stay on the server. The last point is the page's quarter:
 * `provisional` while it is in progress.
 */
export function scoreTrendData(title: string, points: readonly ScoreSeriesPoint[], provisional = false): ScoreTrendData {
  return {
    title,
    geometry: sparklineGeometry(
      points.map((p) => p.score),
      SPARKLINE_BOX,
      ON_TRACK_SCORE,
    ),
    rows: points.map((p, i) => ({
      label: p.label,
      score: formatScore(p.score),
      status: statusText(p.score === null ? null : statusForScore(p.score), { provisional: provisional && i === points.length - 1 }),
    })),
  }
}
