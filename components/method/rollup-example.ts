import { DEFAULT_BENCHMARK_SET, getBenchmarkSet } from '@/lib/metrics/benchmarks'
import { isScored, metricsInCategory, type MetricDef } from '@/lib/metrics/catalogue'
import type { CategoryKey } from '@/lib/metrics/categories'
import { CATALOGUE } from '@/lib/metrics/catalogue'
import { coverageLabel, scoreCategory, type CategoryScore } from '@/lib/metrics/rollup'
import { scoreFigure, type FigureScore } from '@/lib/metrics/scoring'

/** One category with one figure left blank, rolled up by the real scoreCategory. */
const EXAMPLE: { category: CategoryKey; values: Record<string, number> } = {
  category: 'delivery',
  values: { releases: 10, release_success_rate: 97, time_to_market_days: 45 },
}

export interface RollupExample {
  rows: { metric: MetricDef; value: number | null; score: FigureScore }[]
  category: CategoryScore
  coverage: string
  /** What the score would be if the blank figure counted as 0, which the scorecard never does. */
  ifBlankWereZero: number
}

export function rollupExample(): RollupExample {
  const set = getBenchmarkSet(DEFAULT_BENCHMARK_SET)
  const rows = metricsInCategory(EXAMPLE.category)
    .filter(isScored)
    .map((metric) => {
      const value = EXAMPLE.values[metric.key] ?? null
      return { metric, value, score: scoreFigure(metric, { value, target: metric.defaultTarget }, set) }
    })
  const category = scoreCategory(EXAMPLE.category, new Map(rows.map((r) => [r.metric.key, r.score])))
  const sum = rows.reduce((total, r) => total + (r.score.score ?? 0), 0)
  return { rows, category, coverage: coverageLabel(category), ifBlankWereZero: sum / rows.length }
}

/** Metrics shown for context and never scored (headcount). */
export function contextOnlyMetrics(): MetricDef[] {
  return CATALOGUE.filter((m) => !isScored(m))
}
