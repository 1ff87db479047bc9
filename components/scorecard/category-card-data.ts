import { formatScore } from '@/lib/metrics/format'
import { coverageLabel } from '@/lib/metrics/rollup'
import type { Status } from '@/lib/metrics/scoring'
import { statusText } from '@/lib/metrics/status-text'
import type { CategoryView } from '@/lib/metrics/scorecard-model'
import { hasPoints, type ScoreSeriesPoint } from '@/lib/metrics/series'
import { TEAMS_SOURCE } from '@/lib/metrics/org-rollups'
import type { QuarterNotes } from '@/lib/metrics/chart-notes'
import { fromTeamsText } from '@/lib/metrics/team-rollup'
import type { Comparison } from './comparison'
import { scoreChanges, type ScoreChange } from './score-changes'
import { scoreTrendData, type ScoreTrendData } from './score-trend-data'

/**
 * What one category card shows, and nothing more: the browser gets these few strings and numbers,
 * not the category's view of every metric, figure and target that the server scored it from.
 */
export interface CategoryCardData {
  key: string
  label: string
  href: string
  score: string
  status: Status | null
  statusLabel: string
  coverage: string
  changes: ScoreChange[]
  /** The sparkline and its table; null when no quarter of the series has a score. */
  trend: ScoreTrendData | null
  /** How many quarters the sparkline spans, for the "no scores" note. */
  quarters: number
  /** "2 figures rolled up from 3 of 5 teams": the organisation's figures that are its teams'; null when none. */
  rolledUp: string | null
}

/** How many of the category's figures are the teams' roll-up, grouped by how many teams they come from. */
export function rolledUpText(view: CategoryView): string | null {
  const groups = new Map<string, number>()
  for (const m of view.metrics) {
    if (m.figure?.source !== TEAMS_SOURCE || !m.rollup) continue
    const from = fromTeamsText(m.rollup)
    groups.set(from, (groups.get(from) ?? 0) + 1)
  }
  if (groups.size === 0) return null
  return [...groups].map(([from, count]) => `${count} ${count === 1 ? 'figure' : 'figures'} rolled up ${from}`).join('; ')
}

export function categoryCardData(
  view: CategoryView,
  href: string,
  points: readonly ScoreSeriesPoint[],
  comparisons: readonly Comparison[],
  /** True while the quarter is in progress: the card's status is provisional. */
  provisional = false,
  /** The category's notes by quarter of `points` (quarterNotes), marked under the sparkline. */
  notes: readonly QuarterNotes[] = [],
): CategoryCardData {
  const { category, score } = view
  return {
    key: category.key,
    label: category.label,
    href,
    score: formatScore(score.score),
    status: score.status,
    statusLabel: statusText(score.status, { provisional }),
    coverage: coverageLabel(score),
    changes: scoreChanges(score.score, view.history, comparisons, view.past),
    trend: hasPoints(points, 'score')
      ? scoreTrendData(`${category.label} score, last ${points.length} quarters`, points, provisional, notes)
      : null,
    quarters: points.length,
    rolledUp: rolledUpText(view),
  }
}
