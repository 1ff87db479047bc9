import { handleDeleteEvent } from '@/lib/api/delete-event-route'
import { handleIngest } from '@/lib/api/ingest-route'
import { ingestDeployments } from '@/lib/db/services/ingest-deployments'

export const dynamic = 'force-dynamic'

/** Deployments (JSON array or NDJSON), upserted by id; needs a token with the ingest scope. */
export async function POST(request: Request) {
  return handleIngest(request, ingestDeployments)
}

/** One deployment deleted by id (?id=…), with an audit event; needs a token with the ingest scope. */
export async function DELETE(request: Request) {
  return handleDeleteEvent(request, 'deployment')
}
