import { buildReport } from './build-report'
import type { ReportModel } from './report-types'
import { getCommentary } from '@/lib/db/queries/commentary'
import { listQuarterRows } from '@/lib/db/queries/quarters'
import { getScorecard } from '@/lib/db/queries/scorecard'
import { getSettings } from '@/lib/db/queries/settings'
import { scopeDisplayName, type Scope } from '@/lib/db/queries/teams'

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
