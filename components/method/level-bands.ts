import type { BenchmarkSet, DoraLevel, MeasureBenchmark } from '@/lib/metrics/benchmarks'
import { CATALOGUE, type DoraMeasure, type MetricDef } from '@/lib/metrics/catalogue'
import { scoreFigure } from '@/lib/metrics/scoring'

export interface LevelBand {
  level: DoraLevel
  top: number
  bottom: number
}

/** The catalogue metric a DORA measure judges. */
export function metricForMeasure(measure: DoraMeasure): MetricDef {
  const metric = CATALOGUE.find((m) => m.dora === measure)
  if (!metric) throw new Error(`No catalogue metric for DORA measure ${measure}`)
  return metric
}

function strictlyOrdered(m: MeasureBenchmark): boolean {
  const bounds = m.levels.flatMap((l) => (l.bound === null ? [] : [l.bound]))
  return bounds.every((b, i) => i === 0 || (m.direction === 'up' ? b < bounds[i - 1] : b > bounds[i - 1]))
}

/**
 * The 0–100 band each level of a set owns, read off the real scoring function rather than copied:
 * a figure exactly on a level's bound scores the bottom of that level's band, `best` scores the
 * top of the first band and `worst` the bottom of the last. A measure whose published bounds are in
 * order is used, because an out-of-order bound (2024's Medium CFR) leaves its band unreachable.
 */
export function levelBands(set: BenchmarkSet): LevelBand[] {
  const entry = (Object.entries(set.measures) as [DoraMeasure, MeasureBenchmark][]).find(([, m]) => strictlyOrdered(m))
  if (!entry) throw new Error(`Benchmark set ${set.id} has no measure with ordered bounds`)
  const [measure, m] = entry
  const metric = metricForMeasure(measure)
  const score = (value: number) => scoreFigure(metric, { value, target: null, n: null }, set).score ?? 0
  const edges = [m.best, ...m.levels.map((l) => l.bound ?? m.worst)].map(score)
  return m.levels.map((l, i) => ({ level: l.level, top: edges[i], bottom: edges[i + 1] }))
}

const fixed = (x: number, digits: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(x)

/** A bound in words: "≥ 1 deploy every 7 days", "≤ 168 h (7 days)", "≤ 15%"; null is the catch-all. */
export function boundText(metric: MetricDef, m: MeasureBenchmark, bound: number | null): string {
  if (bound === null) return 'anything else'
  const sign = m.direction === 'up' ? '≥' : '≤'
  switch (metric.unit) {
    case 'per_day':
      if (bound >= 1) return `${sign} ${fixed(bound, 2)} ${bound === 1 ? 'deploy' : 'deploys'} a day`
      return `${sign} 1 deploy every ${fixed(1 / bound, 0)} days`
    case 'hours':
      return bound < 24 ? `${sign} ${fixed(bound, 1)} h` : `${sign} ${hoursAndDays(`${fixed(bound, 0)} h`, bound)}`
    case 'percent':
      return `${sign} ${fixed(bound, 1)}%`
    default:
      return `${sign} ${fixed(bound, 2)}`
  }
}

/** Hours with the days they make, for durations a reader thinks of in days: "72.0 h (3 days)". */
export function hoursAndDays(formatted: string, hours: number): string {
  return hours < 24 ? formatted : `${formatted} (${fixed(hours / 24, 1)} ${hours === 24 ? 'day' : 'days'})`
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
