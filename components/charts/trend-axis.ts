import type { Unit } from '@/lib/metrics/units'

/** How a trend chart's value axis is drawn: its scale, its fitted range and, where fixed, its ticks. */
export interface TrendAxis {
  scale: 'linear' | 'log'
  domain: [number, number] | ['auto', 'auto']
  ticks?: number[]
  /** Why the axis is not a plain linear one, for the words beside the chart; null when it is. */
  note: string | null
}

// Once a month, once a week, once a day, and the steps beyond: the marks DORA's levels are read by.
const RATE_LADDER = [1 / 300, 1 / 30, 1 / 7, 1, 10, 100]

const LOG_NOTE =
  'The axis is logarithmic: the DORA levels (monthly, weekly, daily) are each several times the one below, so equal steps up it are equal factors.'

/**
 * The value axis of a metric's trend. Deployments a day span orders of magnitude (a team deploying
 * monthly is at 0.03, one deploying on demand at 5), so on a linear axis from 0 every small rate
 * lies on the floor: they are drawn on a log axis fitted to the values and targets, ticked at the
 * monthly, weekly and daily marks. A log axis cannot show 0, so a measured zero keeps the linear
 * axis from 0 (where that point truly belongs). Every other unit keeps a linear axis fitted to its data.
 */
export function trendAxis(unit: Unit, values: readonly (number | null)[]): TrendAxis {
  const drawn = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (unit !== 'per_day' || drawn.length === 0 || drawn.some((v) => v <= 0)) {
    return { scale: 'linear', domain: ['auto', 'auto'], note: null }
  }
  const min = Math.min(...drawn)
  const max = Math.max(...drawn)
  const low = [...RATE_LADDER].reverse().find((t) => t <= min) ?? min
  const high = RATE_LADDER.find((t) => t >= max) ?? max
  // A single ladder mark (every value exactly on it) still needs a span to draw on.
  const domain: [number, number] = low === high ? [low / 2, high * 2] : [low, high]
  const ticks = [...new Set([domain[0], ...RATE_LADDER.filter((t) => t > domain[0] && t < domain[1]), domain[1]])]
  return { scale: 'log', domain, ticks, note: LOG_NOTE }
}
