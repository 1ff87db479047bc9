import type { MeasureBenchmark } from '@/lib/metrics/benchmarks'
import { CATALOGUE, type DoraMeasure, type MetricDef } from '@/lib/metrics/catalogue'

/** The catalogue metric a DORA measure judges. */
export function metricForMeasure(measure: DoraMeasure): MetricDef {
  const metric = CATALOGUE.find((m) => m.dora === measure)
  if (!metric) throw new Error(`No catalogue metric for DORA measure ${measure}`)
  return metric
}

const fixed = (x: number, digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(x)

/**
 * A bound in words: "≥ 1 deploy every 7 days", "≤ 168 h (7 days)", "< 24 h (1 day)", "≤ 15%"; null is
 * the catch-all. A strict bound (the figure must beat it) reads "<" or ">".
 */
export function boundText(metric: MetricDef, m: MeasureBenchmark, bound: number | null, strict = false): string {
  if (bound === null) return 'anything else'
  const sign = m.direction === 'up' ? (strict ? '>' : '≥') : strict ? '<' : '≤'
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
