import type { CategoryKey } from './categories'
import { fiscalLabel, type FiscalStartMonth } from './quarters'
import { findCategory, type MetricView, type Scorecard, type ScorePoint } from './scorecard-model'

/**
 * Chart series built from the scorecard model. Charts draw these as given, so every gap stays a
 * null: a quarter without data is never drawn as 0 (charts use connectNulls={false}).
 */

export interface ScoreSeriesPoint {
  quarter: string
  /** Fiscal label for the axis and the data table, e.g. "FY2026 Q3". */
  label: string
  score: number | null
}

export interface TrendPoint {
  quarter: string
  label: string
  value: number | null
  /** The target in effect that quarter (targets carry over and can change, hence a series). */
  target: number | null
  score: number | null
}

function scoreSeries(history: readonly ScorePoint[], fiscalStart: FiscalStartMonth): ScoreSeriesPoint[] {
  return history.map((p) => ({ quarter: p.quarter, label: fiscalLabel(p.quarter, fiscalStart), score: p.score }))
}

/** A category's score over the model's quarters (oldest first), for its sparkline. */
export function categorySparkline(card: Scorecard, key: CategoryKey, fiscalStart: FiscalStartMonth = 1): ScoreSeriesPoint[] {
  return scoreSeries(findCategory(card, key).history, fiscalStart)
}

/** The overall score over the model's quarters (oldest first). */
export function overallSparkline(card: Scorecard, fiscalStart: FiscalStartMonth = 1): ScoreSeriesPoint[] {
  return scoreSeries(card.overallHistory, fiscalStart)
}

/** One metric's value, target and score over the model's quarters (oldest first). */
export function metricTrend(view: MetricView, fiscalStart: FiscalStartMonth = 1): TrendPoint[] {
  return view.history.map((p) => ({
    quarter: p.quarter,
    label: fiscalLabel(p.quarter, fiscalStart),
    value: p.value,
    target: p.target,
    score: p.score,
  }))
}

/** True when at least one point has something to draw; otherwise a chart would be an empty frame. */
export function hasPoints<T extends object>(points: readonly T[], field: keyof T): boolean {
  return points.some((p) => p[field] !== null && p[field] !== undefined)
}
