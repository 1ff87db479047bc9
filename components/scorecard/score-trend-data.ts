import {
  sparklineGeometry,
  sparklineNoteMarks,
  SPARKLINE_BOX,
  type SparklineGeometry,
  type SparklineNoteMark,
} from '@/components/charts/sparkline-geometry'
import type { QuarterNotes } from '@/lib/metrics/chart-notes'
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
  /** Markers of the quarters holding notes for this chart; their texts travel once per page (ChartNoteTexts). */
  notes: SparklineNoteMark[]
}

/**
 * A score series as the browser needs it: the picture's coordinates and the table's words. The
 * scoring rules (status thresholds, rounding) stay on the server. The last point is the page's quarter:
 * `provisional` while it is in progress. `notes`: the chart's notes by quarter (quarterNotes over the same points).
 */
export function scoreTrendData(
  title: string,
  points: readonly ScoreSeriesPoint[],
  provisional = false,
  notes: readonly QuarterNotes[] = [],
): ScoreTrendData {
  return {
    title,
    geometry: sparklineGeometry(
      points.map((p) => p.score),
      SPARKLINE_BOX,
      ON_TRACK_SCORE,
    ),
    notes: sparklineNoteMarks(notes, points.length, SPARKLINE_BOX),
    rows: points.map((p, i) => ({
      label: p.label,
      score: formatScore(p.score),
      status: statusText(p.score === null ? null : statusForScore(p.score), { provisional: provisional && i === points.length - 1 }),
    })),
  }
}
