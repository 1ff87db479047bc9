import { buildReport } from './build-report'
import type { ReportModel } from './report-types'
import { quarterProgress } from '@/lib/metrics/quarter-progress'
import { quartersEnding } from '@/lib/metrics/quarters'
import { TREND_QUARTERS } from '@/lib/metrics/scorecard-model'
import { getCommentary } from '@/lib/db/queries/commentary'
import { showsDemoFigures } from '@/lib/db/queries/demo-figures'
import { getPublication, listRestatementMarks } from '@/lib/db/queries/restatements'
import { getScorecard } from '@/lib/db/queries/scorecard'
import { getSettings } from '@/lib/db/queries/settings'
import { getTeamScorecards } from '@/lib/db/queries/team-scorecards'
import { listAnnotations } from '@/lib/db/queries/annotations'
import { ORG_SCOPE, scopeDisplayName, type Scope } from '@/lib/db/queries/teams'

/** Everything the board report of one scope and quarter shows, assembled once for every renderer. */
export async function getReport(scope: Scope, quarter: string, preparedBy: string, now = new Date()): Promise<ReportModel> {
  const [card, settings, commentary, publication, restatements, demo, teams, annotations] = await Promise.all([
    getScorecard(scope.id, quarter),
    getSettings(),
    getCommentary(scope.id, quarter),
    getPublication(scope.id, quarter),
    listRestatementMarks(scope.id, quarter),
    showsDemoFigures(scope.id, quartersEnding(quarter, TREND_QUARTERS)),
    // "By team" belongs to the organisation's report; archived teams are left out of a board paper.
    scope.id === ORG_SCOPE.id ? getTeamScorecards(quarter, false) : null,
    listAnnotations(scope.id),
  ])
  return buildReport({
    card,
    scope: { id: scope.id, slug: scope.slug, name: scopeDisplayName(scope, settings.orgName) },
    settings,
    commentary,
    preparedBy,
    preparedAt: now,
    // The publisher by the name the app shows everywhere; the recorded email only if the account is gone.
    published: publication ? { at: publication.publishedAt, by: publication.publishedByName ?? publication.publishedBy } : null,
    restatements,
    progress: quarterProgress(quarter, settings.timeZone, now),
    demo,
    teams,
    annotations,
  })
}
