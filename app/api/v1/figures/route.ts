import { figuresBody } from '@/lib/api/figures-body'
import { apiError, apiJson, internalError } from '@/lib/api/responses'
import { requireApiToken } from '@/lib/request/api-auth'
import { awaitRecompute } from '@/lib/db/jobs/await-recompute'
import { listFigures } from '@/lib/db/queries/figures'
import { getScopeBySlug, ORG_SCOPE } from '@/lib/db/queries/teams'
import { listTeamFigures } from '@/lib/db/queries/team-figures'
import { rollupsByQuarter, withRollups } from '@/lib/metrics/org-rollups'
import { isQuarterKey } from '@/lib/metrics/quarters'

export const dynamic = 'force-dynamic'

/**
 * Every figure of a quarter and scope (`org` or a team slug); for the organisation, where it has
 * none of its own, its teams' roll-up (source "teams"). Needs a token with the read scope:
 * an ingest token cannot read (see lib/validation/api-token-schema.ts). It waits (up to 10 s, without
 * writing) for the recompute job to bring figures from events up to date, so every batch acknowledged
 * before this request is reflected; `updating: true` says a recompute was still pending as it answered.
 */
export async function GET(request: Request) {
  try {
    const auth = await requireApiToken(request, 'read')
    if (!auth.ok) return auth.response
    const params = new URL(request.url).searchParams
    const quarter = params.get('quarter') ?? ''
    if (!isQuarterKey(quarter)) {
      return apiError(400, { error: 'invalid quarter', problem: 'quarter: use a calendar quarter such as 2026-Q3.' })
    }
    const slug = params.get('scope') ?? 'org'
    const scope = await getScopeBySlug(slug)
    if (!scope) return apiError(404, { error: 'unknown scope', problem: `scope: no team has the slug "${slug}"; use org or a team slug.` })
    const { updating } = await awaitRecompute([{ scope: scope.id, quarter }])
    const own = await listFigures(scope.id, [quarter])
    if (scope.id !== ORG_SCOPE.id) return apiJson({ ...figuresBody(quarter, scope.slug, own), updating })
    // The organisation answers as its scorecard shows it: its teams' roll-up where it has no figure.
    const rollups = rollupsByQuarter(await listTeamFigures([quarter]), [quarter])
    return apiJson({ ...figuresBody(quarter, scope.slug, withRollups(own, rollups), rollups.get(quarter)), updating })
  } catch (error) {
    return internalError(error)
  }
}
