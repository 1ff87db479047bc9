import { revalidatePath } from 'next/cache'
import { NextResponse } from 'next/server'
import { applyImportHandler } from '@/lib/actions/import'
import { refuseCrossOrigin } from '@/lib/auth/app-origin'
import { getCurrentActor } from '@/lib/request/current-user'
import { acceptImportUpload, jsonLines } from '@/lib/import/import-response'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/**
 * POST /api/import/apply (multipart: file, reason) — reads the file again, checks it again and, when
 * it has no problem, stores it in one transaction. Answers JSON lines: progress phases, then
 * {"answer": …} (the counts, or the problems when nothing was stored). 401/403/413 as JSON before
 * anything is read, as the preview route does.
 */
export async function POST(request: Request) {
  const crossOrigin = refuseCrossOrigin(request)
  if (crossOrigin) return crossOrigin
  const upload = await acceptImportUpload(request, await getCurrentActor())
  if (upload instanceof NextResponse) return upload
  const { actor, form } = upload
  return jsonLines(async (send) => {
    send({ phase: 'reading' })
    const { state, revalidate } = await applyImportHandler(actor, null, form, send)
    if (revalidate) revalidatePath('/', 'layout')
    return state
  })
}
