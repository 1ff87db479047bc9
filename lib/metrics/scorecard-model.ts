import { CATEGORIES, type CategoryKey } from './categories'
import { CATALOGUE, type MetricDef } from './catalogue'
import { getBenchmarkSet, type BenchmarkSet } from './benchmarks'
import { changeBetween, scoreChange, type Change } from './change'
import { previousQuarter, quartersEnding, yearAgo } from './quarters'
import { overallScore, scoreCategory, type CategoryScore } from './rollup'
import { scoreFigure, type FigureScore, type Status } from './scoring'
import { effectiveTarget, type EffectiveTarget, type TargetRecord } from './targets'

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
}

export interface ScorePoint {
  quarter: string
  score: number | null
}

export interface CategoryView {
  category: (typeof CATEGORIES)[number]
  score: CategoryScore
  sincePrevious: Change
  sinceYearAgo: Change
  metrics: MetricView[]
  history: ScorePoint[]
}

export interface Scorecard {
  quarter: string
  quarters: readonly string[]
  benchmarkSet: BenchmarkSet
  overall: { score: number | null; status: Status | null; withData: number; total: number }
  overallSincePrevious: Change
  overallSinceYearAgo: Change
  overallHistory: ScorePoint[]
  categories: CategoryView[]
}

function scoresOfQuarter(input: ScorecardInput, byQuarter: Map<string, Map<string, FigureFact>>, quarter: string) {
  const set = getBenchmarkSet(input.benchmarkSets[quarter] ?? input.defaultBenchmarkSet)
  const scores = new Map<string, FigureScore>()
  for (const metric of CATALOGUE) {
    const figure = byQuarter.get(quarter)?.get(metric.key) ?? null
    const target = effectiveTarget(input.targets, metric.key, quarter)
    scores.set(metric.key, scoreFigure(metric, { value: figure?.value ?? null, target: target.value, n: figure?.n ?? null }, set))
  }
  const categories = CATEGORIES.map((c) => scoreCategory(c.key, scores))
  return { set, scores, categories, overall: overallScore(categories) }
}

/**
 * Assembles the scorecard of one scope and quarter from stored facts: every figure scored against
 * the benchmark set recorded for its own quarter, category and overall scores, and the changes
 * since the previous quarter and a year before. Pure, so pages, exports and the API agree.
 */
export function buildScorecard(input: ScorecardInput): Scorecard {
  const quarters = quartersEnding(input.quarter, TREND_QUARTERS)
  const byQuarter = new Map<string, Map<string, FigureFact>>()
  for (const f of input.figures) {
    if (!byQuarter.has(f.quarter)) byQuarter.set(f.quarter, new Map())
    byQuarter.get(f.quarter)!.set(f.metricKey, f)
  }
  const perQuarter = new Map<string, ReturnType<typeof scoresOfQuarter>>(quarters.map((q) => [q, scoresOfQuarter(input, byQuarter, q)]))
  const now = perQuarter.get(input.quarter)!
  const prev = perQuarter.get(previousQuarter(input.quarter))!
  const ago = perQuarter.get(yearAgo(input.quarter))!
  const valueIn = (quarter: string, key: string) => byQuarter.get(quarter)?.get(key)?.value ?? null

  const categories = CATEGORIES.map((category, index): CategoryView => {
    const metrics = CATALOGUE.filter((m) => m.category === category.key).map((metric): MetricView => {
      const current = valueIn(input.quarter, metric.key)
      return {
        metric,
        figure: byQuarter.get(input.quarter)?.get(metric.key) ?? null,
        target: effectiveTarget(input.targets, metric.key, input.quarter),
        score: now.scores.get(metric.key)!,
        sincePrevious: changeBetween(metric, current, valueIn(previousQuarter(input.quarter), metric.key)),
        sinceYearAgo: changeBetween(metric, current, valueIn(yearAgo(input.quarter), metric.key)),
        history: quarters.map((q) => ({
          quarter: q,
          value: valueIn(q, metric.key),
          target: effectiveTarget(input.targets, metric.key, q).value,
          score: perQuarter.get(q)!.scores.get(metric.key)!.score,
        })),
      }
    })
    return {
      category,
      score: now.categories[index],
      sincePrevious: scoreChange(now.categories[index].score, prev.categories[index].score),
      sinceYearAgo: scoreChange(now.categories[index].score, ago.categories[index].score),
      metrics,
      history: quarters.map((q) => ({ quarter: q, score: perQuarter.get(q)!.categories[index].score })),
    }
  })

  return {
    quarter: input.quarter,
    quarters,
    benchmarkSet: now.set,
    overall: now.overall,
    overallSincePrevious: scoreChange(now.overall.score, prev.overall.score),
    overallSinceYearAgo: scoreChange(now.overall.score, ago.overall.score),
    overallHistory: quarters.map((q) => ({ quarter: q, score: perQuarter.get(q)!.overall.score })),
    categories,
  }
}

export function findCategory(card: Scorecard, key: CategoryKey): CategoryView {
  return card.categories.find((c) => c.category.key === key)!
}
