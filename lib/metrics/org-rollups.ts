import { CATALOGUE } from './catalogue'
import type { FigureFact } from './scorecard-model'
import { rollUpTeams, type TeamFigure, type TeamRollup } from './team-rollup'

/** The stored fields of a team's figure that a roll-up reads. */
export interface TeamFigureFact {
  scope: string
  quarter: string
  metricKey: string
  value: number | null
  n: number | null
  source: string
  updatedAt: Date
}

/** The active teams' figures of the quarters shown, and how many active teams there are. */
export interface TeamFigures {
  activeTeams: number
  figures: readonly TeamFigureFact[]
}

/** Roll-ups of one quarter by metric key, with the latest change to a figure they rest on. */
export type QuarterRollups = Map<string, TeamRollup & { updatedAt: Date }>

/** Source of an organisation figure that is the teams' roll-up rather than a stored figure. */
export const TEAMS_SOURCE = 'teams'

/** Every metric's roll-up in each quarter, by quarter then metric key; derived, never stored. */
export function rollupsByQuarter(teams: TeamFigures, quarters: readonly string[]): Map<string, QuarterRollups> {
  const grouped = new Map<string, TeamFigureFact[]>()
  for (const f of teams.figures) {
    const key = `${f.quarter}\u0000${f.metricKey}`
    grouped.set(key, [...(grouped.get(key) ?? []), f])
  }
  const result = new Map<string, QuarterRollups>()
  for (const quarter of quarters) {
    const rollups: QuarterRollups = new Map()
    for (const metric of CATALOGUE) {
      const facts = grouped.get(`${quarter}\u0000${metric.key}`) ?? []
      const figures: TeamFigure[] = facts.map((f) => ({ team: f.scope, value: f.value, n: f.n, source: f.source }))
      const rollup = rollUpTeams(metric, figures, teams.activeTeams)
      if (!rollup) continue
      const updatedAt = new Date(Math.max(...facts.map((f) => f.updatedAt.getTime())))
      rollups.set(metric.key, { ...rollup, updatedAt })
    }
    result.set(quarter, rollups)
  }
  return result
}

/** An organisation figure in the shape the scorecard reads (a type-only import: no module cycle at run time). */
export type OrgFigure = FigureFact

/**
 * The organisation's figures with the roll-up standing in wherever it has no value of its own: an
 * entered (or imported, or computed) organisation figure always wins. A stand-in has source
 * "teams", version 0 (nothing stored to base a save on) and the time of the latest team change.
 */
export function withRollups<F extends OrgFigure>(own: readonly F[], rollups: ReadonlyMap<string, QuarterRollups>): (F | OrgFigure)[] {
  const has = new Set(own.filter((f) => f.value !== null).map((f) => `${f.quarter}\u0000${f.metricKey}`))
  const standIns: OrgFigure[] = []
  for (const [quarter, byKey] of rollups) {
    for (const [metricKey, r] of byKey) {
      if (has.has(`${quarter}\u0000${metricKey}`)) continue
      standIns.push({
        quarter,
        metricKey,
        value: r.value,
        n: r.n,
        source: TEAMS_SOURCE,
        sourceRef: null,
        updatedAt: r.updatedAt,
        updatedBy: null,
        version: 0,
      })
    }
  }
  const replaced = new Set(standIns.map((f) => `${f.quarter}\u0000${f.metricKey}`))
  return [...own.filter((f) => !replaced.has(`${f.quarter}\u0000${f.metricKey}`)), ...standIns]
}
