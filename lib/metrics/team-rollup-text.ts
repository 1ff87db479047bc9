import type { MetricDef } from './catalogue'
import { formatValue } from './format'
import { TEAMS_SOURCE } from './org-rollups'
import { sameNumber } from './same-number'
import { fromTeamsText, ruleText, teamsSayText, type TeamRollup } from './team-rollup'

/** Sources of a figure a person gave: entered in the form or imported from a file. */
const ENTERED = new Set(['manual', 'import'])

/** The organisation figure a roll-up note is written about. */
interface ShownFigure {
  value: number | null
  source: string
}

/**
 * What every screen and export says about the roll-up beside an organisation figure, so they agree:
 * - the figure is the roll-up: "teams' sum, from 3 of 5 teams";
 * - a person's figure that differs from it: "entered 12; teams sum to 14 (from 3 of 5 teams)";
 * - a roll-up kept on publication that teams have since moved: "kept at publication as 12; teams sum
 *   to 14 now (from 3 of 5 teams)";
 * - otherwise nothing. Only a figure a person entered or imported is compared: one computed from
 *   events would face a roll-up that leaves event figures out (a partial sum beside a whole one), and
 *   demo figures are made up on both sides.
 */
export function rollupNote(metric: MetricDef, figure: ShownFigure | null, rollup: TeamRollup | null, currency: string): string | null {
  if (!rollup) return null
  const fmt = (value: number) => formatValue(metric, value, { currency })
  if (figure?.source === TEAMS_SOURCE) {
    // A roll-up kept when the quarter was published stays as the board saw it, though teams correct theirs.
    if (figure.value !== null && !sameNumber(figure.value, rollup.value)) {
      return `kept at publication as ${fmt(figure.value)}; ${teamsSayText(rollup, fmt(rollup.value))} now (${fromTeamsText(rollup)})`
    }
    return `teams’ ${ruleText(rollup)}, ${fromTeamsText(rollup)}`
  }
  if (!figure || figure.value === null || !ENTERED.has(figure.source) || sameNumber(figure.value, rollup.value)) return null
  return `entered ${fmt(figure.value)}; ${teamsSayText(rollup, fmt(rollup.value))} (${fromTeamsText(rollup)})`
}
