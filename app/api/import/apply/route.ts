import { revalidatePath } from 'next/cache'
import { NextResponse } from 'next/server'
import { applyImportFile } from '@/lib/actions/import'
import { getCurrentActor } from '@/lib/auth/current-user'
import { importRefusal } from '@/lib/import/import-access'
import { importJson, jsonLines, uploadedForm } from '@/lib/import/import-response'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/**
 * POST /api/import/apply (multipart: file, reason) — reads the file again, checks it again and, when
 * it has no problem, stores it in one transaction. Answers JSON lines: progress phases, then
 * {"answer": …} (the counts, or the problems when nothing was stored). 401/403/413 as JSON before
 * anything is read, as the preview route does.
 */
export async function POST(request: Request) {
  const actor = await getCurrentActor()
  const denied = importRefusal(actor)
  if (denied) return importJson({ ok: false, status: denied.status, fieldErrors: { form: denied.error } }, denied.status)
  const form = await uploadedForm(request)
  if (form instanceof NextResponse) return form
  return jsonLines(async (send) => {
    send({ phase: 'reading' })
    const { state, revalidate } = await applyImportFile(actor, null, form, send)
    if (revalidate) revalidatePath('/', 'layout')
    return state
  })
}
