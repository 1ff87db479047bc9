import { buildReport } from '@/lib/reports/build-report'
import type { ReportModel } from '@/lib/reports/report-types'
import { quarterProgress } from '@/lib/metrics/quarter-progress'
import { quartersEnding } from '@/lib/metrics/quarters'
import { TREND_QUARTERS } from '@/lib/metrics/scorecard-model'
import { getCommentary } from './commentary'
import { showsDemoFigures } from './demo-figures'
import { getPublication, listRestatementMarks } from './restatements'
import { getScorecard } from './scorecard'
import { getSettings } from './settings'
import type { Scope } from './teams'

/** Everything the board report of one scope and quarter shows, assembled once for every renderer. */
export async function getReport(scope: Scope, quarter: string, preparedBy: string, now = new Date()): Promise<ReportModel> {
  const [card, settings, commentary, publication, restatements, demo] = await Promise.all([
    getScorecard(scope.id, quarter),
    getSettings(),
    getCommentary(scope.id, quarter),
    getPublication(scope.id, quarter),
    listRestatementMarks(scope.id, quarter),
    showsDemoFigures(scope.id, quartersEnding(quarter, TREND_QUARTERS)),
  ])
  return buildReport({
    card,
    scope: { id: scope.id, slug: scope.slug, name: scope.id === 'org' ? settings.orgName : scope.name },
    settings,
    commentary,
    preparedBy,
    preparedAt: now,
    // The publisher by the name the app shows everywhere; the recorded email only if the account is gone.
    published: publication ? { at: publication.publishedAt, by: publication.publishedByName ?? publication.publishedBy } : null,
    restatements,
    progress: quarterProgress(quarter, settings.timeZone, now),
    demo,
  })
}
