import { sparklineNoteMarks, SPARKLINE_BOX, type SparklineNoteMark } from '@/components/charts/sparkline-geometry'
import type { QuarterNotes } from '@/lib/metrics/chart-notes'
import { formatScore } from '@/lib/metrics/format'
import { ON_TRACK_SCORE, statusForScore } from '@/lib/metrics/scoring'
import { statusText } from '@/lib/metrics/status-text'
import type { ScoreSeriesPoint } from '@/lib/metrics/series'
import type { ScoreTableRow } from './score-table-details'

/** What a score sparkline and its table show: the scores to draw, and the table's words from the server. */
export interface ScoreTrendData {
  title: string
  /**
   * Each quarter's score to one decimal (null: no score, a gap). The browser lays the picture out
   * from these (sparklineGeometry): eight numbers travel instead of its polyline, dots and tooltip
   * anchors, which were four times as long in every card's payload.
   */
  scores: (number | null)[]
  /** The score the faint guide line marks: the on-track threshold, so the browser needs no scoring rules. */
  guide: number
  rows: ScoreTableRow[]
  /** Markers of the quarters holding notes for this chart; their texts travel once per page (ChartNoteTexts). */
  notes: SparklineNoteMark[]
}

// A tenth of a point is a tenth of a pixel on a card's sparkline; more digits are only bytes.
const toTenth = (score: number | null) => (score === null ? null : Math.round(score * 10) / 10)

/**
 * A score series as the browser needs it: the scores to draw and the table's words. The scoring
 * rules (status thresholds, rounding) stay on the server. The last point is the page's quarter:
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
    scores: points.map((p) => toTenth(p.score)),
    guide: ON_TRACK_SCORE,
    notes: sparklineNoteMarks(notes, points.length, SPARKLINE_BOX),
    rows: points.map((p, i) => ({
      label: p.label,
      score: formatScore(p.score),
      status: statusText(p.score === null ? null : statusForScore(p.score), { provisional: provisional && i === points.length - 1 }),
    })),
  }
}
