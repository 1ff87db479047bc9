import { handleDeleteEvent } from '@/lib/api/delete-event-route'
import { handleIngest } from '@/lib/api/ingest-route'
import { ingestIncidents } from '@/lib/db/services/ingest-incidents'

export const dynamic = 'force-dynamic'

/** Incidents (JSON array or NDJSON), upserted by id; needs a token with the ingest scope. */
export async function POST(request: Request) {
  return handleIngest(request, ingestIncidents)
}

/** One incident deleted by id (?id=…), with an audit event; needs a token with the ingest scope. */
export async function DELETE(request: Request) {
  return handleDeleteEvent(request, 'incident')
}
