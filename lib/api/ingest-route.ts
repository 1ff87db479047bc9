import { requireApiToken } from '@/lib/request/api-auth'
import type { AuthenticatedToken } from '@/lib/db/services/api-tokens'
import type { IngestResult } from '@/lib/db/services/ingest-batch'
import { readBatch } from './parse-batch'
import { apiError, apiJson, internalError } from './responses'

/** How the audit log names a batch's sender: the token's name and visible prefix, never the token. */
export function tokenActor(token: AuthenticatedToken): string {
  return `api-token:${token.prefix} (${token.name})`
}

/**
 * POST handler shared by the ingestion endpoints: token with the ingest scope, body within limits,
 * then one all-or-nothing batch. The 200 is sent only after the batch's transaction has committed,
 * so a 200 is the acknowledgement that every item is stored; any other answer stored nothing.
 */
export async function handleIngest(request: Request, ingest: (items: readonly unknown[], actor: string) => Promise<IngestResult>) {
  try {
    const auth = await requireApiToken(request, 'ingest')
    if (!auth.ok) return auth.response
    const batch = await readBatch(request)
    if (!batch.ok) return apiError(batch.status, batch.body)
    const result = await ingest(batch.items, tokenActor(auth.token))
    if (!result.ok) return apiError(result.status, result.body)
    const { accepted, created, updated, unchanged } = result
    return apiJson({ accepted, created, updated, unchanged })
  } catch (error) {
    return internalError(error)
  }
}
