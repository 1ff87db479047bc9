import type { CategoryKey } from './categories'
import { isScored, metricsInCategory } from './catalogue'
import { hasData, statusForScore, type FigureScore, type Status } from './scoring'
import { isSeverityCount, severityIndexMetric, DEFAULT_SEVERITY_WEIGHTS } from './severity-index'

/** Key under which the scores map holds the security severity index. */
export const SEVERITY_INDEX_KEY = severityIndexMetric(DEFAULT_SEVERITY_WEIGHTS).key

/**
 * The keys a category's score rests on: its scored catalogue metrics, except that the four security
 * incident counts count once, as the severity index, so a low-severity incident cannot weigh as much
 * as a critical one.
 */
export function scoredKeys(category: CategoryKey): string[] {
  return metricsInCategory(category)
    .filter(isScored)
    .flatMap((m) => (!isSeverityCount(m.key) ? [m.key] : m.key === 'security_incidents_critical' ? [SEVERITY_INDEX_KEY] : []))
}

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
  const keys = scoredKeys(category)
  const figures = keys.flatMap((key) => {
    const figure = scores.get(key)
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
    total: keys.length,
  }
}

export interface OverallScore {
  score: number | null
  status: Status | null
  /** Categories with a score, of all categories. */
  withData: number
  total: number
  /** Scored metrics the score rests on, of all the metrics that could be scored. */
  metricsScored: number
  metricsTotal: number
}

/**
 * The overall score: the mean of the categories that have a score, each weighted by its coverage
 * (scored ÷ total metrics). A full category weighs 1, a category resting on 1 of 7 metrics weighs
 * 1/7, so a thinly measured category cannot move the overall score as much as a fully measured one;
 * with every category full it is the plain mean. Categories without a score are left out, never
 * counted as 0.
 */
export function overallScore(categories: readonly CategoryScore[]): OverallScore {
  const scored = categories.filter((c) => c.score !== null && c.total > 0)
  const weight = (c: CategoryScore) => c.scored / c.total
  const totalWeight = scored.reduce((sum, c) => sum + weight(c), 0)
  const score = totalWeight === 0 ? null : scored.reduce((sum, c) => sum + c.score! * weight(c), 0) / totalWeight
  return {
    score,
    status: score === null ? null : statusForScore(score),
    withData: scored.length,
    total: categories.length,
    metricsScored: categories.reduce((sum, c) => sum + c.scored, 0),
    metricsTotal: categories.reduce((sum, c) => sum + c.total, 0),
  }
}

/** "based on 22 of 25 metrics": how much of the catalogue the overall score rests on. */
export function overallCoverageLabel(o: { metricsScored: number; metricsTotal: number }): string {
  return `based on ${o.metricsScored} of ${o.metricsTotal} ${o.metricsTotal === 1 ? 'metric' : 'metrics'}`
}

/** How much of a category a score rests on, e.g. "4 of 5 metrics" ("1 of 1 metric"). */
export function coverageLabel(c: { scored: number; total: number }): string {
  return `${c.scored} of ${c.total} ${c.total === 1 ? 'metric' : 'metrics'}`
}
