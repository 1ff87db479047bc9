import { buildScorecard, TREND_QUARTERS, type Scorecard } from '@/lib/metrics/scorecard-model'
import { quartersEnding } from '@/lib/metrics/quarters'
import { severityWeightsOf } from '@/lib/validation/settings-schema'
import { prisma } from '../client'
import { cachedRead } from '../read-cache'
import { toFigureRow } from './figures'
import { getSettings } from './settings'
import { listTeams, type TeamRow } from './teams'

export interface TeamScorecard {
  team: TeamRow
  card: Scorecard
}

/**
 * Every team's scorecard of one quarter, for the comparison page and the board report's "By team".
 * Three queries whatever the number of teams (figures, targets and quarter rows of all teams at
 * once), then each team is assembled by the same buildScorecard as its own scorecard page, so the
 * two always show the same scores. Teams by name; archived ones only when asked.
 */
export const getTeamScorecards = cachedRead('team-scorecards', async (quarter: string, includeArchived: boolean) => {
  const quarters = quartersEnding(quarter, TREND_QUARTERS)
  const [teams, settings] = await Promise.all([listTeams({ includeArchived }), getSettings()])
  const ids = teams.map((t) => t.id)
  if (ids.length === 0) return []
  const [figures, targets, quarterRows] = await Promise.all([
    prisma.figure.findMany({ where: { scope: { in: ids }, quarter: { in: [...quarters] } } }),
    // Quarter keys are "YYYY-Qn" with a four-digit year, so string order is time order.
    prisma.target.findMany({
      where: { scope: { in: ids }, quarter: { lte: quarter } },
      select: { scope: true, quarter: true, metricKey: true, value: true },
    }),
    prisma.quarter.findMany({
      where: { scope: { in: ids }, quarter: { in: [...quarters] } },
      select: { scope: true, quarter: true, benchmarkSet: true },
    }),
  ])
  const severityWeights = severityWeightsOf(settings)
  return teams.map((team): TeamScorecard => ({
    team,
    card: buildScorecard({
      quarter,
      figures: figures.filter((f) => f.scope === team.id).map(toFigureRow),
      targets: targets.filter((t) => t.scope === team.id),
      benchmarkSets: Object.fromEntries(quarterRows.filter((r) => r.scope === team.id).map((r) => [r.quarter, r.benchmarkSet])),
      defaultBenchmarkSet: settings.defaultBenchmarkSet,
      severityWeights,
    }),
  }))
})
