import type { MetricDef, TargetScale } from './catalogue'
import { MIX_SCORE_RULE, mixShareScore } from './investment-mix'

/** What meeting a target scores; each doubling of the gap past it costs PER_DOUBLING points. */
export const TARGET_MET_SCORE = 80
export const PER_DOUBLING = 30
/** eNPS: points lost per point short of the target. */
export const PER_POINT = 1.5

function clamp(x: number): number {
  return Math.min(100, Math.max(0, x))
}

function fromTimes(q: number): number {
  return clamp(TARGET_MET_SCORE - PER_DOUBLING * Math.log2(q))
}

/**
 * The best figure a metric can have, when there is one: 0 for a lower-is-better figure, 100% for a
 * higher-is-better percentage. A target set there cannot be bettered, only met.
 */
export function bestPossible(metric: MetricDef): number | null {
  if (metric.direction === 'down') return 0
  if (metric.direction === 'up' && metric.unit === 'percent') return 100
  return null
}

/** How many times worse than the target the figure is (below 1: better). */
function timesTarget(metric: MetricDef, scale: 'ratio' | 'count' | 'shortfall', v: number, t: number): number {
  const down = metric.direction === 'down'
  const smoothed = down ? (v + 1) / (t + 1) : (t + 1) / (v + 1)
  switch (scale) {
    case 'count':
      return smoothed
    case 'ratio':
      if (t === 0) return smoothed
      if (down) return v / t
      return v === 0 ? Infinity : t / v
    case 'shortfall': {
      // 0.1 point of smoothing keeps a target near 100% finite; a 'down' percentage is judged by its gap to 0.
      const gap = (x: number) => (down ? x : Math.max(100 - x, 0)) + 0.1
      return gap(v) / gap(t)
    }
  }
}

const RULES: Record<TargetScale, string> = {
  ratio: 'meeting the target scores 80; each doubling past the target costs 30',
  count: 'meeting the target scores 80; each doubling past the target costs 30',
  shortfall: 'meeting the target scores 80; each doubling of the gap to 100% costs 30',
  points: 'meeting the target scores 80; each point short costs 1.5',
  budget: 'using exactly the downtime the target allows scores 80; each doubling of it costs 30',
  mix: MIX_SCORE_RULE,
}

const BEST_RULE = 'a target that cannot be bettered scores 100 when met; each unit short of it counts as in 80 − 30·log2(1 + units)'

/**
 * A figure against its target, as a 0–100 score and the rule in words.
 *
 * - Meeting the target scores 80, each doubling of the gap past it costs 30, doing better earns up
 *   to 100: score = 80 − 30·log2(q), where q is "times the target": value ÷ target ('ratio',
 *   inverted when higher is better), (value + 1) ÷ (target + 1) ('count'; 'ratio' with a target
 *   of 0), or the gap to 100% over the target's gap to 100%, plus 0.1 point each ('shortfall').
 * - Availability ('budget') is judged by its error budget: q = (100 − value) ÷ (100 − target), the
 *   downtime used over the downtime allowed; 99.9% against 99.99% uses 10× the budget and scores 0.
 *   A 100% target allows no downtime: met scores 100, any downtime 0.
 * - A target at the best possible figure (0 incidents, 0 days; 100% where higher is better) that is
 *   met scores 100, because nothing better exists to earn the rest. Each unit short of it (an
 *   incident, a day, a percentage point) scores as q = 1 + units: 1 → 50, 3 → 20, 7 or more → 0.
 * - eNPS ('points'): score = 80 + 1.5 × (value − target), so 20 points short scores 50.
 * - A share of the investment mix ('mix'): score = 100 − 4 × |value − target| (investment-mix.ts).
 */
export function targetScore(metric: MetricDef, value: number, target: number): { score: number; rule: string } {
  const scale = metric.targetScale
  if (scale === 'mix') return { score: mixShareScore(value, target), rule: RULES.mix }
  if (scale === 'points') return { score: clamp(TARGET_MET_SCORE + PER_POINT * (value - target)), rule: RULES.points }
  // Units other than eNPS cannot go below 0 (nor a percentage above 100); clamping keeps a stray value from flipping the ratio.
  const v = Math.max(value, 0)
  const t = Math.max(target, 0)
  if (scale === 'budget') {
    const allowed = 100 - Math.min(t, 100)
    const used = Math.max(100 - v, 0)
    if (allowed === 0) return { score: used === 0 ? 100 : 0, rule: RULES.budget }
    return { score: used === 0 ? 100 : fromTimes(used / allowed), rule: RULES.budget }
  }
  const best = bestPossible(metric)
  if (best !== null && t === best) {
    const short = Math.abs(Math.min(Math.max(v, 0), metric.unit === 'percent' ? 100 : Infinity) - best)
    return { score: short === 0 ? 100 : fromTimes(1 + short), rule: BEST_RULE }
  }
  return { score: fromTimes(timesTarget(metric, scale, v, t)), rule: RULES[scale] }
}

/** Share of the error budget a figure uses: 1 is exactly the downtime the target allows. Null for a 100% target. */
export function budgetUsed(value: number, target: number): number | null {
  const allowed = 100 - Math.min(Math.max(target, 0), 100)
  return allowed === 0 ? null : Math.max(100 - value, 0) / allowed
}
