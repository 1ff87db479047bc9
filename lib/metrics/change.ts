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
 * A share judged by its distance from a target (the investment mix): the change is better when the
 * figure moved closer to the target in force now, worse when it moved away, and the same when it is
 * as far as before (even on the other side). Without a target there is nothing to judge by.
 */
function towardTarget(current: number | null, past: number | null, target: number | null): Change {
  const change = compare(current, past, null)
  if (change.delta === null || current === null || past === null || target === null) return change
  if (change.delta === 0) return { delta: 0, direction: 'same' }
  const now = Math.abs(current - target)
  const before = Math.abs(past - target)
  if (isNoise(now - before, now, before)) return { delta: change.delta, direction: 'same' }
  return { delta: change.delta, direction: now < before ? 'better' : 'worse' }
}

/**
 * Change of a figure since a past quarter: delta = current − past (null when either is missing),
 * judged better or worse by the metric's direction. Context-only metrics keep their delta but are
 * 'neutral': more headcount is neither good nor bad. A metric aimed at a target (direction 'target')
 * is judged by whether it moved toward `target`, the target in force for the current quarter.
 */
export function changeBetween(metric: MetricDef, current: number | null, past: number | null, target: number | null = null): Change {
  if (metric.direction === 'target') return towardTarget(current, past, target)
  const higherIsBetter = metric.direction === 'none' ? null : metric.direction === 'up'
  return compare(current, past, higherIsBetter)
}

/** Change of a 0–100 score (category or overall) since a past quarter; higher is better. */
export function scoreChange(current: number | null, past: number | null): Change {
  return compare(current, past, true)
}
