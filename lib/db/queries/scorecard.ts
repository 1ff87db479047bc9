import { buildScorecard, TREND_QUARTERS, type Scorecard } from '@/lib/metrics/scorecard-model'
import { quartersEnding } from '@/lib/metrics/quarters'
import { cachedRead } from '../read-cache'
import { recomputeEventFigures } from '../services/recompute-event-figures'
import { listFigures } from './figures'
import { listQuarterRows } from './quarters'
import { getSettings } from './settings'
import { listTargetRecords } from './targets'
import { severityWeightsOf } from '@/lib/validation/settings-schema'

/**
 * Loads what one scope's scorecard needs (four small indexed queries) and assembles it. Quarters
 * shown that ingestion marked stale are recomputed from events first, so the page never shows
 * figures older than the events already acknowledged; when none is stale (the usual case) that
 * costs one small indexed read of the marks. Kept in memory until the data changes (marking a
 * quarter stale is a change, so the recompute is never skipped).
 */
export const getScorecard = cachedRead('scorecard', async (scope: string, quarter: string): Promise<Scorecard> => {
  const quarters = quartersEnding(quarter, TREND_QUARTERS)
  await recomputeEventFigures(quarters.map((q) => ({ scope, quarter: q })))
  const [figures, targets, quarterRows, settings] = await Promise.all([
    listFigures(scope, quarters),
    listTargetRecords(scope, quarter),
    listQuarterRows(scope, quarters),
    getSettings(),
  ])
  return buildScorecard({
    quarter,
    figures,
    targets,
    benchmarkSets: Object.fromEntries(quarterRows.map((r) => [r.quarter, r.benchmarkSet])),
    defaultBenchmarkSet: settings.defaultBenchmarkSet,
    severityWeights: severityWeightsOf(settings),
  })
})
