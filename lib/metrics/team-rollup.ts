import type { MetricDef, RollupRule } from './catalogue'

/** One active team's stored figure of a metric in a quarter. */
export interface TeamFigure {
  team: string
  value: number | null
  n: number | null
  source: string
}

/** The organisation figure the teams' figures combine into, and what it rests on. */
export interface TeamRollup {
  rule: Exclude<RollupRule, 'none'>
  value: number
  /** Sum of the contributing teams' n (the weights of a mean); null for a sum when any n is unknown. */
  n: number | null
  /** Teams whose figure went into the value ("from K of M teams"). */
  from: number
  /** Active teams of the organisation. */
  of: number
}

/**
 * Figures computed from events are left out: a team's events already count for the organisation
 * through its own event figure, so rolling them up again would count them twice.
 */
const NOT_ROLLED_UP = new Set(['events'])

/**
 * Combines the active teams' figures of one metric and quarter by the metric's rule:
 * - sum: Σ value over teams with a figure;
 * - weighted-mean: Σ value × n ÷ Σ n over teams with a figure and n > 0; a figure without n (or with
 *   n = 0) is left out, since nothing says how much it weighs against the others;
 * - none: no roll-up.
 * Null when no team contributes. `activeTeams` is M in "from K of M teams"; `figures` must hold
 * only active teams' figures.
 */
export function rollUpTeams(metric: Pick<MetricDef, 'rollup'>, figures: readonly TeamFigure[], activeTeams: number): TeamRollup | null {
  if (metric.rollup === 'none') return null
  const usable = figures.filter((f) => f.value !== null && !NOT_ROLLED_UP.has(f.source))
  if (metric.rollup === 'sum') {
    if (usable.length === 0) return null
    const value = usable.reduce((sum, f) => sum + (f.value ?? 0), 0)
    const n = usable.every((f) => f.n !== null) ? usable.reduce((sum, f) => sum + (f.n ?? 0), 0) : null
    return { rule: 'sum', value, n, from: usable.length, of: activeTeams }
  }
  const weighted = usable.filter((f) => f.n !== null && f.n > 0)
  if (weighted.length === 0) return null
  const n = weighted.reduce((sum, f) => sum + (f.n ?? 0), 0)
  const value = weighted.reduce((sum, f) => sum + (f.value ?? 0) * (f.n ?? 0), 0) / n
  return { rule: 'weighted-mean', value, n, from: weighted.length, of: activeTeams }
}

/** "from 3 of 5 teams" */
export function fromTeamsText(rollup: Pick<TeamRollup, 'from' | 'of'>): string {
  return `from ${rollup.from} of ${rollup.of} ${rollup.of === 1 ? 'team' : 'teams'}`
}

/** How the rule is named beside a rolled-up value: "sum" or "n-weighted mean, n = 120". */
export function ruleText(rollup: Pick<TeamRollup, 'rule' | 'n'>): string {
  if (rollup.rule === 'sum') return 'sum'
  return `n-weighted mean, n = ${(rollup.n ?? 0).toLocaleString('en-US')}`
}

/** "teams sum to 14" or "teams' n-weighted mean is 12.5%", the value already formatted. */
export function teamsSayText(rollup: Pick<TeamRollup, 'rule'>, valueText: string): string {
  return rollup.rule === 'sum' ? `teams sum to ${valueText}` : `teams’ n-weighted mean is ${valueText}`
}

/** What each rule means, in words, for the metric pages and the method page. */
export const ROLLUP_RULE_TEXT: Record<RollupRule, string> = {
  sum: 'Sum of the active teams’ figures.',
  'weighted-mean': 'Mean of the active teams’ figures weighted by their n; a team figure without n (or with n = 0) is left out.',
  none: 'Not rolled up from teams: the organisation enters its own figure (or computes it from events).',
}
