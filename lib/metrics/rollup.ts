import type { CategoryKey } from './categories'
import { isScored, metricsInCategory } from './catalogue'
import { hasData, statusForScore, type FigureScore, type Status } from './scoring'

export interface CategoryScore {
  category: CategoryKey
  score: number | null
  status: Status | null
  /** Scored metrics of the category that have a score. */
  scored: number
  /** Scored metrics of the category with a figure entered, scorable or not (e.g. no target set). */
  withData: number
  /** Scored metrics in the category (context-only metrics are left out). */
  total: number
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null
  return values.reduce((sum, v) => sum + v, 0) / values.length
}

/**
 * A category's score: the plain mean of the scores its metrics have. Metrics without a score are
 * left out of the mean rather than counted as 0, so a missing figure lowers coverage, never the
 * score; `scored` of `total` says how much of the category the score rests on. Figures in `scores`
 * are keyed by metric key; keys from other categories are ignored.
 */
export function scoreCategory(category: CategoryKey, scores: ReadonlyMap<string, FigureScore>): CategoryScore {
  const metrics = metricsInCategory(category).filter(isScored)
  const figures = metrics.flatMap((m) => {
    const figure = scores.get(m.key)
    return figure ? [figure] : []
  })
  const values = figures.flatMap((f) => (f.score === null ? [] : [f.score]))
  const score = mean(values)
  return {
    category,
    score,
    status: score === null ? null : statusForScore(score),
    scored: values.length,
    withData: figures.filter(hasData).length,
    total: metrics.length,
  }
}

/**
 * The overall score: the mean of the categories that have a score, each category weighing the same
 * whatever its number of metrics. Categories without a score are left out; `withData` of `total`
 * says how many categories it rests on.
 */
export function overallScore(categories: readonly CategoryScore[]): {
  score: number | null
  status: Status | null
  withData: number
  total: number
} {
  const values = categories.flatMap((c) => (c.score === null ? [] : [c.score]))
  const score = mean(values)
  return {
    score,
    status: score === null ? null : statusForScore(score),
    withData: values.length,
    total: categories.length,
  }
}

/** How much of a category a score rests on, e.g. "4 of 5 metrics" ("1 of 1 metric"). */
export function coverageLabel(c: { scored: number; total: number }): string {
  return `${c.scored} of ${c.total} ${c.total === 1 ? 'metric' : 'metrics'}`
}
