import { requireApiToken } from '@/lib/request/api-auth'
import { deleteEvent, type EventKind } from '@/lib/db/services/delete-event'
import { tokenActor } from './ingest-route'
import { apiError, apiJson, internalError } from './responses'

/**
 * DELETE /api/v1/<deployments|incidents>?id=ID: removes one event sent by mistake. It takes the
 * ingest scope: a token that may write events may already overwrite any of them. 404 for an
 * unknown id; the answer names how many scope-quarters will be recomputed.
 */
export async function handleDeleteEvent(request: Request, kind: EventKind) {
  try {
    const auth = await requireApiToken(request, 'ingest')
    if (!auth.ok) return auth.response
    const id = new URL(request.url).searchParams.get('id')
    if (!id) return apiError(400, { error: 'missing id', problem: `Name the ${kind} to delete as ?id=<its id>.` })
    const result = await deleteEvent(kind, id, tokenActor(auth.token))
    if (!result.ok) return apiError(404, { error: 'not found', problem: result.message })
    return apiJson({ deleted: result.id, stale: result.stale })
  } catch (error) {
    return internalError(error)
  }
}
