import { DEFAULT_BENCHMARK_SET, getBenchmarkSet } from '@/lib/metrics/benchmarks'
import { getMetric, type MetricDef, type MetricKey, type TargetScale } from '@/lib/metrics/catalogue'
import { scoreFigure, type FigureScore } from '@/lib/metrics/scoring'

/**
 * Worked examples for the target scales. Only the figures are chosen here; every score is
 * computed by scoreFigure against the metric's default target, so the page cannot drift from the code.
 */
const EXAMPLES: Record<TargetScale, { metricKey: MetricKey; values: readonly number[] }> = {
  ratio: { metricKey: 'time_to_market_days', values: [15, 30, 45, 60, 120] },
  count: { metricKey: 'security_incidents_critical', values: [0, 1, 3, 7] },
  shortfall: { metricKey: 'compliance_controls_passing', values: [99, 95, 90, 80] },
  points: { metricKey: 'enps', values: [50, 30, 20, 10] },
  budget: { metricKey: 'availability', values: [99.95, 99.9, 99.8, 99.5, 99] },
  mix: { metricKey: 'investment_new_value_pct', values: [60, 55, 70, 47.5, 35] },
}

export const TARGET_SCALES = Object.keys(EXAMPLES) as TargetScale[]

export interface TargetExample {
  scale: TargetScale
  metric: MetricDef
  target: number
  rows: { value: number; score: FigureScore }[]
}

// Target scoring never reads the benchmark set; scoreFigure still asks for one.
const SET = getBenchmarkSet(DEFAULT_BENCHMARK_SET)

function exampleMetric(scale: TargetScale): { metric: MetricDef; target: number } {
  const metric = getMetric(EXAMPLES[scale].metricKey)
  if (metric.defaultTarget === null) throw new Error(`${metric.key} needs a default target to serve as an example`)
  return { metric, target: metric.defaultTarget }
}

export function targetExample(scale: TargetScale): TargetExample {
  const { metric, target } = exampleMetric(scale)
  const rows = EXAMPLES[scale].values.map((value) => ({ value, score: scoreFigure(metric, { value, target }, SET) }))
  return { scale, metric, target, rows }
}

/**
 * The rule of target scoring, measured on the real function with the ratio example: what meeting the
 * target scores, what one doubling of the gap costs, what twice as good scores, and how many times
 * better than the target first reaches 100.
 */
export function targetRule(): { atTarget: number; doublingCost: number; twiceAsGood: number; reaches100At: number } {
  const { metric, target } = exampleMetric('ratio')
  const better = metric.direction === 'down' ? 0.5 : 2
  const score = (value: number) => scoreFigure(metric, { value, target }, SET).score ?? 0
  const atTarget = score(target)
  const doublingCost = atTarget - score(target / better)
  return { atTarget, doublingCost, twiceAsGood: score(target * better), reaches100At: 2 ** ((100 - atTarget) / doublingCost) }
}

/** Points lost per point short of the target on the 'points' scale (eNPS), measured on scoreFigure. */
export function pointsRule(): { costPerPoint: number } {
  const { metric, target } = exampleMetric('points')
  const score = (value: number) => scoreFigure(metric, { value, target }, SET).score ?? 0
  return { costPerPoint: score(target) - score(target - 1) }
}
