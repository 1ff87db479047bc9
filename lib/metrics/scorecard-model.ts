import { CATEGORIES, type CategoryKey } from './categories'
import { CATALOGUE, type MetricDef } from './catalogue'
import { getBenchmarkSet, type BenchmarkSet } from './benchmarks'
import { changeBetween, type Change } from './change'
import { previousQuarter, quartersEnding, yearAgo } from './quarters'
import { overallScore, scoreCategory, scoredKeys, SEVERITY_INDEX_KEY, type CategoryScore, type OverallScore } from './rollup'
import { compareScores, type ComparisonNote, type PastScore, type ScoreComparison } from './score-comparison'
import { scoreFigure, type FigureScore } from './scoring'
import {
  DEFAULT_SEVERITY_WEIGHTS,
  isSeverityCount,
  perSeverity,
  severityIndex,
  severityIndexMetric,
  type SeverityWeights,
} from './severity-index'
import { effectiveTarget, type EffectiveTarget, type TargetRecord } from './targets'
import { rollupsByQuarter, withRollups, type QuarterRollups, type TeamFigures } from './org-rollups'
import type { TeamRollup } from './team-rollup'

/** How many quarters a trend shows: two years, so "a year ago" is always on the chart. */
export const TREND_QUARTERS = 8

/** The fields of a stored figure that the scorecard reads. */
export interface FigureFact {
  quarter: string
  metricKey: string
  value: number | null
  n: number | null
  source: string
  /** Where it came from in more detail, e.g. the imported file's name. */
  sourceRef?: string | null
  updatedAt: Date
  updatedBy: string | null
  version: number
}

export interface ScorecardInput {
  quarter: string
  figures: readonly FigureFact[]
  targets: readonly TargetRecord[]
  /** Benchmark set recorded per quarter; quarters without a record use `defaultBenchmarkSet`. */
  benchmarkSets: Readonly<Record<string, string>>
  defaultBenchmarkSet: string
  /** Weights of the security severity index (Settings); the house defaults when left out. */
  severityWeights?: SeverityWeights
  /** The organisation's active teams and their figures: their roll-up stands in where it has none. */
  teams?: TeamFigures
}

export interface MetricPoint {
  quarter: string
  value: number | null
  target: number | null
  score: number | null
}

export interface MetricView {
  metric: MetricDef
  figure: FigureFact | null
  target: EffectiveTarget
  score: FigureScore
  sincePrevious: Change
  sinceYearAgo: Change
  history: MetricPoint[]
  /** The teams' roll-up of this quarter, shown in place of a missing figure or beside an entered one. */
  rollup: TeamRollup | null
}

export interface ScorePoint {
  quarter: string
  score: number | null
}

export interface CategoryView {
  category: (typeof CATEGORIES)[number]
  score: CategoryScore
  /** Changes of the score, the earlier quarter rescored under this quarter's set when they differ. */
  sincePrevious: Change
  sinceYearAgo: Change
  /** What the reader must know about each change ("rescored under DORA 2024", "3 → 4 metrics"). */
  previousNote: ComparisonNote
  yearAgoNote: ComparisonNote
  /** The previous and year-ago scores as the changes compare them, by quarter. */
  past: Readonly<Record<string, PastScore>>
  metrics: MetricView[]
  history: ScorePoint[]
}

/** The security severity index of the quarter: computed from the four incident counts, shown and scored. */
export interface SeverityIndexView {
  metric: MetricDef
  weights: SeverityWeights
  value: number | null
  target: number | null
  score: FigureScore
}

export interface Scorecard {
  quarter: string
  quarters: readonly string[]
  benchmarkSet: BenchmarkSet
  overall: OverallScore
  overallSincePrevious: Change
  overallSinceYearAgo: Change
  overallPreviousNote: ComparisonNote
  overallYearAgoNote: ComparisonNote
  overallPast: Readonly<Record<string, PastScore>>
  severityIndex: SeverityIndexView
  overallHistory: ScorePoint[]
  categories: CategoryView[]
}

const COUNTED_IN_INDEX = 'Scored within the security severity index'

function severityOf(input: ScorecardInput, byQuarter: Map<string, Map<string, FigureFact>>, quarter: string, set: BenchmarkSet) {
  const weights = input.severityWeights ?? DEFAULT_SEVERITY_WEIGHTS
  const metric = severityIndexMetric(weights)
  const valueOf = (key: string) => byQuarter.get(quarter)?.get(key)?.value ?? null
  const targetOf = (key: string) => effectiveTarget(input.targets, key, quarter).value
  const value = severityIndex(perSeverity(valueOf), weights)
  const target = severityIndex(perSeverity(targetOf), weights)
  return { metric, weights, value, target, score: scoreFigure(metric, { value, target }, set) }
}

/** Every figure of a quarter scored under `set` (its own recorded set unless another is asked for). */
function scoresOfQuarter(input: ScorecardInput, byQuarter: Map<string, Map<string, FigureFact>>, quarter: string, under?: BenchmarkSet) {
  const set = under ?? getBenchmarkSet(input.benchmarkSets[quarter] ?? input.defaultBenchmarkSet)
  const scores = new Map<string, FigureScore>()
  for (const metric of CATALOGUE) {
    const figure = byQuarter.get(quarter)?.get(metric.key) ?? null
    const target = effectiveTarget(input.targets, metric.key, quarter)
    const score = scoreFigure(metric, { value: figure?.value ?? null, target: target.value, n: figure?.n ?? null }, set)
    // A count still shows that it has data, but its score is the index's, so it is not counted twice.
    const counted = isSeverityCount(metric.key) && figure?.value != null
    scores.set(metric.key, counted ? { ...score, score: null, status: null, explanation: COUNTED_IN_INDEX } : score)
  }
  const severity = severityOf(input, byQuarter, quarter, set)
  scores.set(SEVERITY_INDEX_KEY, severity.score)
  const categories = CATEGORIES.map((c) => scoreCategory(c.key, scores))
  return { set, scores, categories, overall: overallScore(categories), severity }
}

type QuarterScores = ReturnType<typeof scoresOfQuarter>

/**
 * Assembles the scorecard of one scope and quarter from stored facts: every figure scored against
 * the benchmark set recorded for its own quarter, category and overall scores, and the changes
 * since the previous quarter and a year before. A change compares like with like: when the earlier
 * quarter was judged by another set it is rescored under this quarter's set, and the change carries
 * a note saying so, and saying when the two scores rest on different metrics. Pure, so pages,
 * exports and the API agree.
 */
export function buildScorecard(input: ScorecardInput): Scorecard {
  const quarters = quartersEnding(input.quarter, TREND_QUARTERS)
  // The organisation's read path: teams' figures roll up where it has none of its own (org-rollups.ts).
  const rollups = input.teams ? rollupsByQuarter(input.teams, quarters) : new Map<string, QuarterRollups>()
  const byQuarter = new Map<string, Map<string, FigureFact>>()
  for (const f of withRollups(input.figures, rollups)) {
    if (!byQuarter.has(f.quarter)) byQuarter.set(f.quarter, new Map())
    byQuarter.get(f.quarter)!.set(f.metricKey, f)
  }
  const perQuarter = new Map<string, QuarterScores>(quarters.map((q) => [q, scoresOfQuarter(input, byQuarter, q)]))
  const now = perQuarter.get(input.quarter)!
  // A change compares like with like: an earlier quarter judged by another set is rescored under this one's.
  const rescored = (quarter: string) => {
    const own = perQuarter.get(quarter)!
    const scores = own.set.id === now.set.id ? own : scoresOfQuarter(input, byQuarter, quarter, now.set)
    return { own, scores }
  }
  const pastScores = (previous: ScoreComparison, ago: ScoreComparison): Record<string, PastScore> => ({
    [previousQuarter(input.quarter)]: { score: previous.past, note: previous.note },
    [yearAgo(input.quarter)]: { score: ago.past, note: ago.note },
  })
  const prev = rescored(previousQuarter(input.quarter))
  const ago = rescored(yearAgo(input.quarter))
  const compare = (index: number | null, past: { own: QuarterScores; scores: QuarterScores }) => {
    const keys = index === null ? CATEGORIES.flatMap((c) => scoredKeys(c.key)) : scoredKeys(CATEGORIES[index].key)
    const score = (q: QuarterScores) => (index === null ? q.overall.score : q.categories[index].score)
    return compareScores(
      { score: score(now), scores: now.scores, set: now.set },
      { score: score(past.scores), scores: past.scores.scores, set: past.own.set },
      keys,
    )
  }
  const valueIn = (quarter: string, key: string) => byQuarter.get(quarter)?.get(key)?.value ?? null

  const categories = CATEGORIES.map((category, index): CategoryView => {
    const metrics = CATALOGUE.filter((m) => m.category === category.key).map((metric): MetricView => {
      const current = valueIn(input.quarter, metric.key)
      const target = effectiveTarget(input.targets, metric.key, input.quarter)
      return {
        metric,
        figure: byQuarter.get(input.quarter)?.get(metric.key) ?? null,
        target,
        score: now.scores.get(metric.key)!,
        sincePrevious: changeBetween(metric, current, valueIn(previousQuarter(input.quarter), metric.key), target.value),
        sinceYearAgo: changeBetween(metric, current, valueIn(yearAgo(input.quarter), metric.key), target.value),
        history: quarters.map((q) => ({
          quarter: q,
          value: valueIn(q, metric.key),
          target: effectiveTarget(input.targets, metric.key, q).value,
          score: perQuarter.get(q)!.scores.get(metric.key)!.score,
        })),
        rollup: rollups.get(input.quarter)?.get(metric.key) ?? null,
      }
    })
    const sincePrevious = compare(index, prev)
    const sinceYearAgo = compare(index, ago)
    return {
      category,
      score: now.categories[index],
      sincePrevious: sincePrevious.change,
      sinceYearAgo: sinceYearAgo.change,
      previousNote: sincePrevious.note,
      yearAgoNote: sinceYearAgo.note,
      past: pastScores(sincePrevious, sinceYearAgo),
      metrics,
      history: quarters.map((q) => ({ quarter: q, score: perQuarter.get(q)!.categories[index].score })),
    }
  })

  const overallPrevious = compare(null, prev)
  const overallYearAgo = compare(null, ago)
  return {
    quarter: input.quarter,
    quarters,
    benchmarkSet: now.set,
    overall: now.overall,
    overallSincePrevious: overallPrevious.change,
    overallSinceYearAgo: overallYearAgo.change,
    overallPreviousNote: overallPrevious.note,
    overallYearAgoNote: overallYearAgo.note,
    overallPast: pastScores(overallPrevious, overallYearAgo),
    severityIndex: now.severity,
    overallHistory: quarters.map((q) => ({ quarter: q, score: perQuarter.get(q)!.overall.score })),
    categories,
  }
}

export function findCategory(card: Scorecard, key: CategoryKey): CategoryView {
  return card.categories.find((c) => c.category.key === key)!
}
