import { buildScorecard, TREND_QUARTERS, type Scorecard } from '@/lib/metrics/scorecard-model'
import { quartersEnding } from '@/lib/metrics/quarters'
import { cachedRead } from '../read-cache'
import { listFigures } from './figures'
import { listQuarterRows } from './quarters'
import { getSettings } from './settings'
import { listTargetRecords } from './targets'
import { listTeamFigures } from './team-figures'
import { ORG_SCOPE } from './teams'
import { severityWeightsOf } from '@/lib/validation/settings-schema'

/**
 * Loads what one scope's scorecard needs (four small indexed queries; for the organisation also its teams' figures, to roll up) and assembles it. It only
 * reads: a quarter whose event figures are being recomputed (listUpdatingQuarters) shows the last
 * computed ones, and the recompute job writes the new ones. Kept in memory until the data changes.
 */
export const getScorecard = cachedRead('scorecard', async (scope: string, quarter: string): Promise<Scorecard> => {
  const quarters = quartersEnding(quarter, TREND_QUARTERS)
  const [figures, targets, quarterRows, settings, teams] = await Promise.all([
    listFigures(scope, quarters),
    listTargetRecords(scope, quarter),
    listQuarterRows(scope, quarters),
    getSettings(),
    // Only the organisation rolls up; a team's scorecard is its own figures.
    scope === ORG_SCOPE.id ? listTeamFigures(quarters) : undefined,
  ])
  return buildScorecard({
    quarter,
    figures,
    targets,
    benchmarkSets: Object.fromEntries(quarterRows.map((r) => [r.quarter, r.benchmarkSet])),
    defaultBenchmarkSet: settings.defaultBenchmarkSet,
    severityWeights: severityWeightsOf(settings),
    teams,
  })
})
