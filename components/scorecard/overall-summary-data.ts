import { formatScore } from '@/lib/metrics/format'
import { overallCoverageLabel } from '@/lib/metrics/rollup'
import type { Scorecard } from '@/lib/metrics/scorecard-model'
import type { Status } from '@/lib/metrics/scoring'
import { statusText } from '@/lib/metrics/status-text'
import { hasPoints, type ScoreSeriesPoint } from '@/lib/metrics/series'
import type { QuarterNotes } from '@/lib/metrics/chart-notes'
import type { Comparison } from './comparison'
import { scoreChanges, type ScoreChange } from './score-changes'
import { scoreTrendData, type ScoreTrendData } from './score-trend-data'

/** What the overall score's panel shows, worded on the server: the browser gets these, not the scorecard. */
export interface OverallSummaryData {
  score: string
  status: Status | null
  statusLabel: string
  changes: ScoreChange[]
  /** How many categories have a score, of how many. */
  withData: number
  total: number
  /** "based on 28 of 28 metrics". */
  coverage: string
  benchmark: { id: string; source: string }
  howScoresWorkHref: string
  /** The overall score's sparkline and table; null when no quarter of the series has a score. */
  trend: ScoreTrendData | null
}

export function overallSummaryData(
  card: Scorecard,
  points: readonly ScoreSeriesPoint[],
  comparisons: readonly Comparison[],
  howScoresWorkHref: string,
  /** True while the quarter is in progress: its status is provisional. */
  provisional = false,
  /** The scope's notes by quarter of `points` (quarterNotes), marked under the sparkline. */
  notes: readonly QuarterNotes[] = [],
): OverallSummaryData {
  const { overall, benchmarkSet } = card
  return {
    score: formatScore(overall.score),
    status: overall.status,
    statusLabel: statusText(overall.status, { provisional }),
    changes: scoreChanges(overall.score, card.overallHistory, comparisons, card.overallPast),
    withData: overall.withData,
    total: overall.total,
    coverage: overallCoverageLabel(overall),
    benchmark: { id: benchmarkSet.id, source: benchmarkSet.source },
    howScoresWorkHref,
    trend: hasPoints(points, 'score') ? scoreTrendData(`Overall score, last ${points.length} quarters`, points, provisional, notes) : null,
  }
}
