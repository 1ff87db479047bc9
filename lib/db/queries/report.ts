import { buildReport } from '@/lib/reports/build-report'
import type { ReportModel } from '@/lib/reports/report-types'
import { getCommentary } from './commentary'
import { listQuarterRows } from './quarters'
import { getScorecard } from './scorecard'
import { getSettings } from './settings'
import { scopeDisplayName, type Scope } from './teams'

/** Everything the board report of one scope and quarter shows, assembled once for every renderer. */
export async function getReport(scope: Scope, quarter: string, preparedBy: string, now = new Date()): Promise<ReportModel> {
  const [card, settings, commentary, quarterRows] = await Promise.all([
    getScorecard(scope.id, quarter),
    getSettings(),
    getCommentary(scope.id, quarter),
    listQuarterRows(scope.id, [quarter]),
  ])
  const row = quarterRows[0]
  return buildReport({
    card,
    scope: { id: scope.id, slug: scope.slug, name: scopeDisplayName(scope, settings.orgName) },
    settings,
    commentary,
    preparedBy,
    preparedAt: now,
    published: row?.publishedAt ? { at: row.publishedAt, by: row.publishedBy } : null,
  })
}
