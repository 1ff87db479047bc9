import type { MetricDef } from './catalogue'

/** 'neutral': a context-only metric, or nothing to compare with. */
export type ChangeDirection = 'better' | 'worse' | 'same' | 'neutral'

export interface Change {
  delta: number | null
  direction: ChangeDirection
}

/**
 * Differences this small are floating-point residue of the derivation arithmetic (a rate rebuilt
 * from the same counts), not a change anyone made.
 */
function isNoise(delta: number, a: number, b: number): boolean {
  return Math.abs(delta) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

function compare(current: number | null, past: number | null, higherIsBetter: boolean | null): Change {
  if (current === null || past === null) return { delta: null, direction: 'neutral' }
  const raw = current - past
  const delta = isNoise(raw, current, past) ? 0 : raw
  if (higherIsBetter === null) return { delta, direction: 'neutral' }
  if (delta === 0) return { delta, direction: 'same' }
  return { delta, direction: delta > 0 === higherIsBetter ? 'better' : 'worse' }
}

/**
 * Change of a figure since a past quarter: delta = current − past (null when either is missing),
 * judged better or worse by the metric's direction. Context-only metrics keep their delta but are
 * 'neutral': more headcount is neither good nor bad.
 */
export function changeBetween(metric: MetricDef, current: number | null, past: number | null): Change {
  const higherIsBetter = metric.direction === 'none' ? null : metric.direction === 'up'
  return compare(current, past, higherIsBetter)
}

/** Change of a 0–100 score (category or overall) since a past quarter; higher is better. */
export function scoreChange(current: number | null, past: number | null): Change {
  return compare(current, past, true)
}
