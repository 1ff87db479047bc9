import { NextResponse } from 'next/server'
import { previewImportHandler } from '@/lib/actions/import'
import { refuseCrossOrigin } from '@/lib/auth/app-origin'
import { getCurrentActor } from '@/lib/request/current-user'
import { acceptImportUpload, importJson } from '@/lib/import/import-response'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/**
 * POST /api/import/preview (multipart: file, reason) — reads and checks an import file and answers
 * JSON: every row's status and every problem by row, column and message. Writes nothing.
 * 401 signed out, 403 for someone who may edit no category, 400 an unreadable file, 413 too large.
 */
export async function POST(request: Request) {
  const crossOrigin = refuseCrossOrigin(request)
  if (crossOrigin) return crossOrigin
  const upload = await acceptImportUpload(request, await getCurrentActor())
  if (upload instanceof NextResponse) return upload
  const { actor, form } = upload
  try {
    const { state } = await previewImportHandler(actor, null, form)
    return importJson(state, state?.ok === false ? state.status : 200)
  } catch (error) {
    console.error('import preview failed', error)
    return importJson(
      { ok: false, status: 500, fieldErrors: { form: 'The file could not be checked (server error). Nothing was stored; try again.' } },
      500,
    )
  }
}
