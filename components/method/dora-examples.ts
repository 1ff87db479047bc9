import { DEFAULT_BENCHMARK_SET, LEVEL_LABELS, getBenchmarkSet } from '@/lib/metrics/benchmarks'
import type { DoraMeasure, MetricDef } from '@/lib/metrics/catalogue'
import { scoreFigure, type FigureScore } from '@/lib/metrics/scoring'
import { metricForMeasure } from './level-bands'

/**
 * Lead times across every level of the default set, to show the score sliding inside a level on a
 * log scale instead of jumping at its edges; the scores come from scoreFigure.
 */
const SLIDE: { measure: DoraMeasure; values: readonly number[] } = {
  measure: 'lead_time',
  values: [12, 24, 72, 168, 336, 720, 2000],
}

/** A figure on a small sample: scored, but no level claimed. */
const SMALL_SAMPLE: { measure: DoraMeasure; value: number; n: number } = { measure: 'change_failure_rate', value: 0, n: 6 }

export interface DoraExample {
  metric: MetricDef
  setId: string
  rows: { value: number; score: FigureScore }[]
}

export function doraSlideExample(): DoraExample {
  const set = getBenchmarkSet(DEFAULT_BENCHMARK_SET)
  const metric = metricForMeasure(SLIDE.measure)
  const rows = SLIDE.values.map((value) => ({ value, score: scoreFigure(metric, { value, target: null, n: null }, set) }))
  return { metric, setId: set.id, rows }
}

export function smallSampleExample(): { metric: MetricDef; n: number; score: FigureScore } {
  const metric = metricForMeasure(SMALL_SAMPLE.measure)
  const score = scoreFigure(metric, { value: SMALL_SAMPLE.value, target: null, n: SMALL_SAMPLE.n }, getBenchmarkSet(DEFAULT_BENCHMARK_SET))
  return { metric, n: SMALL_SAMPLE.n, score }
}

/** 2024's change failure rate, where Medium has no range of its own: High's edge, just past it, and Low's figure. */
const GAP: { setId: string; measure: DoraMeasure; values: readonly number[] } = {
  setId: '2024',
  measure: 'change_failure_rate',
  values: [20, 21, 40],
}

export function gapExample(): DoraExample {
  const set = getBenchmarkSet(GAP.setId)
  const metric = metricForMeasure(GAP.measure)
  const rows = GAP.values.map((value) => ({ value, score: scoreFigure(metric, { value, target: null, n: null }, set) }))
  return { metric, setId: set.id, rows }
}

/** Three deployments in a 91-day quarter: Low for certain, although n is 3. */
const SETTLED = { deployments: 3, days: 91 }

export function settledExample(): { text: string; score: FigureScore } {
  const metric = metricForMeasure('deployment_frequency')
  const value = SETTLED.deployments / SETTLED.days
  const score = scoreFigure(metric, { value, target: null, n: SETTLED.deployments }, getBenchmarkSet(DEFAULT_BENCHMARK_SET))
  const level = score.level ? LEVEL_LABELS[score.level] : 'no level'
  return { text: `${SETTLED.deployments} deployments in ${SETTLED.days} days is ${level}`, score }
}
