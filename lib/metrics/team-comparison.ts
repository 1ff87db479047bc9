import { CATEGORIES, type CategoryKey } from './categories'
import type { ChangeDirection } from './change'
import { formatScore, formatValue } from './format'
import { previousQuarter } from './quarters'
import type { PastScore } from './score-comparison'
import { scoreDelta } from './score-delta'
import { findCategory, type Scorecard } from './scorecard-model'
import { STATUS_LABELS, type Status } from './scoring'
import { UNITS } from './units'

/** A team as the comparison names it. */
export interface ComparedTeam {
  id: string
  slug: string
  name: string
  archived: boolean
}

/** One score of one team: the number, its status in words and its change since the previous quarter. */
export interface ComparisonCell {
  score: number | null
  /** Whole points as shown everywhere ("79" or "—"). */
  scoreText: string
  status: Status | null
  statusText: string
  /** Signed whole points since the previous quarter ("+4", "−2", "0"); null without both scores. */
  changeText: string | null
  direction: ChangeDirection
}

export interface ComparisonRow {
  team: ComparedTeam
  /** Whether the team has any figure in the quarter; a team without shows "No figures". */
  hasFigures: boolean
  overall: ComparisonCell
  /** In CATEGORIES order. */
  categories: (ComparisonCell & { category: CategoryKey })[]
}

function cellOf(score: number | null, status: Status | null, past: Readonly<Record<string, PastScore>>, quarter: string): ComparisonCell {
  // The change as on the team's own scorecard: against the previous quarter rescored like with like.
  const change = scoreDelta(score, past[previousQuarter(quarter)]?.score ?? null)
  return {
    score,
    scoreText: formatScore(score),
    status,
    statusText: status === null ? 'No score' : STATUS_LABELS[status],
    changeText: change.text,
    direction: change.direction,
  }
}

/** Whether a scorecard holds any figure of its quarter. */
export function teamHasFigures(card: Scorecard): boolean {
  return card.categories.some((c) => c.metrics.some((m) => m.figure !== null && m.figure.value !== null))
}

/** Teams side by side: each team's overall and category scores of the quarter its scorecard shows. */
export function comparisonRows(entries: readonly { team: ComparedTeam; card: Scorecard }[]): ComparisonRow[] {
  return entries.map(({ team, card }) => ({
    team: { id: team.id, slug: team.slug, name: team.name, archived: team.archived },
    hasFigures: teamHasFigures(card),
    overall: cellOf(card.overall.score, card.overall.status, card.overallPast, card.quarter),
    categories: CATEGORIES.map((c) => {
      const view = findCategory(card, c.key)
      return { category: c.key, ...cellOf(view.score.score, view.score.status, view.past, card.quarter) }
    }),
  }))
}

/** The teams a comparison shows: archived teams only when asked for. */
export function visibleTeams<T extends { team: { archived: boolean } }>(entries: readonly T[], showArchived: boolean): T[] {
  return entries.filter((e) => showArchived || !e.team.archived)
}

/** One metric of one team, for a category's drill-down. */
export interface TeamMetricCell {
  key: string
  value: number | null
  valueText: string
  n: number | null
  status: Status | null
  /** The status in words, or why there is none ("No data", "No target set"). */
  statusText: string
}

export interface CategoryComparison {
  category: CategoryKey
  metrics: { key: string; label: string; unitLabel: string }[]
  rows: { team: ComparedTeam; hasFigures: boolean; metrics: TeamMetricCell[] }[]
}

/** One category's metrics per team: value, unit, n and status, read from each team's scorecard. */
export function categoryComparison(
  entries: readonly { team: ComparedTeam; card: Scorecard }[],
  category: CategoryKey,
  currency: string,
): CategoryComparison {
  const metricsOf = (card: Scorecard) => findCategory(card, category).metrics
  const first = CATEGORIES.find((c) => c.key === category)!
  const template = entries[0] ? metricsOf(entries[0].card) : []
  return {
    category: first.key,
    metrics: template.map((m) => ({
      key: m.metric.key,
      label: m.metric.label,
      unitLabel: m.metric.unit === 'currency' ? currency : UNITS[m.metric.unit].label,
    })),
    rows: entries.map(({ team, card }) => {
      const metrics = metricsOf(card)
      return {
        team: { id: team.id, slug: team.slug, name: team.name, archived: team.archived },
        hasFigures: metrics.some((m) => m.figure?.value != null),
        metrics: metrics.map((m) => ({
          key: m.metric.key,
          value: m.figure?.value ?? null,
          valueText: formatValue(m.metric, m.figure?.value ?? null, { currency }),
          n: m.figure?.n ?? null,
          status: m.score.status,
          statusText: m.score.status === null ? m.score.explanation : STATUS_LABELS[m.score.status],
        })),
      }
    }),
  }
}
