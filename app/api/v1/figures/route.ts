import { figuresBody } from '@/lib/api/figures-body'
import { apiError, apiJson, internalError } from '@/lib/api/responses'
import { requireApiToken } from '@/lib/request/api-auth'
import { listFigures } from '@/lib/db/queries/figures'
import { getScopeBySlug } from '@/lib/db/queries/teams'
import { recomputeStaleEventFigures } from '@/lib/db/services/recompute-event-figures'
import { isQuarterKey } from '@/lib/metrics/quarters'

export const dynamic = 'force-dynamic'

/**
 * Every figure of a quarter and scope (`org` or a team slug). Needs a token with the read scope:
 * an ingest token cannot read (see lib/validation/api-token-schema.ts). Figures computed from
 * events are brought up to date first, so a batch acknowledged before this request is reflected.
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
    await recomputeStaleEventFigures(scope.id, quarter)
    return apiJson(figuresBody(quarter, scope.slug, await listFigures(scope.id, [quarter])))
  } catch (error) {
    return internalError(error)
  }
}
