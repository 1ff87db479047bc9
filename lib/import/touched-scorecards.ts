import { compareQuarters, type QuarterKey } from '@/lib/metrics/quarters'

/** A scorecard an import wrote to: the scope as the file names it (org or a team's slug) and the quarter. */
export interface TouchedScorecard {
  scope: string
  quarter: QuarterKey
}

/** At most this many links follow an import; a file spanning years is summed up by its newest quarters. */
export const TOUCHED_SHOWN = 6

/**
 * The scorecards an applied file wrote a figure or target to, once each, newest quarter first (the
 * organisation before its teams), so "after applying" can link to what changed.
 */
export function touchedScorecards(rows: readonly { scopeSlug: string; quarter: QuarterKey }[]): TouchedScorecard[] {
  const seen = new Map<string, TouchedScorecard>()
  for (const row of rows) seen.set(`${row.scopeSlug}\u0000${row.quarter}`, { scope: row.scopeSlug, quarter: row.quarter })
  return [...seen.values()].sort(
    (a, b) =>
      compareQuarters(b.quarter, a.quarter) || Number(b.scope === 'org') - Number(a.scope === 'org') || a.scope.localeCompare(b.scope),
  )
}
