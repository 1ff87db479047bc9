import { NextResponse } from 'next/server'
import type { Actor } from '@/lib/auth/roles'
import { IMPORT_MAX_BYTES } from '@/lib/validation/import-schema'
import { importRefusal } from './import-access'

/** Import answers reflect the database of this moment and hold the organisation's figures: never cached. */
export function importJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

// The multipart envelope adds a little to the file itself.
const MAX_BODY = IMPORT_MAX_BYTES + 64 * 1024

/** The uploaded form, or the JSON answer refusing it (too large, or not a multipart form). */
export async function uploadedForm(request: Request): Promise<FormData | NextResponse> {
  const length = Number(request.headers.get('content-length') ?? '0')
  if (length > MAX_BODY) {
    return importJson(
      {
        ok: false,
        status: 413,
        fieldErrors: {
          file: `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB, the most an import takes. Split it into several files.`,
        },
      },
      413,
    )
  }
  try {
    return await request.formData()
  } catch {
    return importJson({ ok: false, status: 400, fieldErrors: { file: 'Send the file as a multipart form with the field “file”.' } }, 400)
  }
}

/**
 * Where both import routes start: the person may import (else 401 or 403, before anything is read),
 * and the upload is a form of acceptable size (else 413 or 400). Answers the refusal as JSON.
 */
export async function acceptImportUpload(request: Request, actor: Actor | null): Promise<{ actor: Actor; form: FormData } | NextResponse> {
  const denied = importRefusal(actor)
  if (denied) return importJson({ ok: false, status: denied.status, fieldErrors: { form: denied.error } }, denied.status)
  if (!actor) throw new Error('importRefusal refuses anyone signed out')
  const form = await uploadedForm(request)
  return form instanceof NextResponse ? form : { actor, form }
}

/**
 * A streamed answer of JSON lines: progress lines ({"phase": …}) while the work runs, then one
 * {"answer": …} line. The browser reads the lines as they arrive, so a long import shows where it is.
 */
export function jsonLines(work: (send: (line: unknown) => void) => Promise<unknown>): Response {
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
      try {
        send({ answer: await work(send) })
      } catch (error) {
        console.error('import failed', error)
        send({
          answer: { ok: false, status: 500, fieldErrors: { form: 'The import failed on the server. Nothing was stored; try again.' } },
        })
      }
      controller.close()
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
  })
}
