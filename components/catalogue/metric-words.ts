import type { Direction, MetricDef, TargetScale } from '@/lib/metrics/catalogue'
import { CATALOGUE } from '@/lib/metrics/catalogue'

/** Direction in words as well as an arrow: an arrow alone is easy to misread and is not read aloud well. */
export const DIRECTION_TEXT: Record<Direction, { arrow: string; words: string }> = {
  up: { arrow: '↑', words: 'higher is better' },
  down: { arrow: '↓', words: 'lower is better' },
  target: { arrow: '◎', words: 'closest to its target is best' },
  none: { arrow: '·', words: 'context only' },
}

/** The ways a figure is compared with its target (scoring.ts), in words a board member can follow. */
export const TARGET_SCALE_TEXT: Record<TargetScale, { name: string; rule: string }> = {
  ratio: { name: 'ratio', rule: 'how many times better or worse than the target it is' },
  count: {
    name: 'count',
    rule: 'how many times better or worse than the target, with 1 added to both so that a target of 0 works',
  },
  shortfall: {
    name: 'shortfall to 100%',
    rule: 'its gap to 100% against the target’s gap (2% failing is twice as bad as 1%)',
  },
  points: { name: 'points', rule: 'the points between the figure and the target' },
  budget: {
    name: 'error budget',
    rule: 'the downtime it used against the downtime the target allows (99.9% against 99.99% is 10 times the budget)',
  },
  mix: {
    name: 'share of a mix',
    rule: 'the percentage points between the share and its target share, either way (on target scores 100; each point off costs 4)',
  },
}

/** The catalogue label of the metric a DORA measure judges, e.g. "Lead time for changes". */
export function doraMeasureLabel(measure: string): string {
  return CATALOGUE.find((m) => m.dora === measure)?.label ?? measure
}

/** What a figure is judged against: a short basis ("DORA benchmark") and the detail in words. */
export function judgedText(metric: MetricDef, benchmarkSet: string): { basis: string; detail: string } {
  if (metric.direction === 'none') return { basis: 'Not scored', detail: 'Shown for context only.' }
  if (metric.dora) {
    return {
      basis: 'DORA benchmark',
      detail: `Levels of the quarter’s benchmark set (new quarters: ${benchmarkSet}). The target is shown, not scored.`,
    }
  }
  const scale = TARGET_SCALE_TEXT[metric.targetScale]
  const noDefault = metric.defaultTarget === null ? ' No default target: scored once one is set.' : ''
  return { basis: `Target · ${scale.name}`, detail: `By ${scale.rule}.${noDefault}` }
}
