import { DEFAULT_BENCHMARK_SET, getBenchmarkSet } from '@/lib/metrics/benchmarks'
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
