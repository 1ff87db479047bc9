import type { Actor } from '@/lib/auth/roles'
import { applyImport, previewImport, type ApplyPhase, type ImportCheck, type ImportRequest } from '@/lib/db/services/apply-import'
import { importRefusal } from '@/lib/import/import-access'
import { appliedMessage, PREVIEW_ROWS_SHOWN, PROBLEMS_SHOWN, type ImportPreview, type ImportState } from '@/lib/actions/import-answer'
import { parseImportFile } from '@/lib/import/parse-file'
import { previewRows } from '@/lib/import/preview-rows'
import { importFileName, importFormSchema } from '@/lib/validation/import-schema'
import type { Handled } from './handler'

type Refusal = Extract<ImportState, { ok: false }>

const refusedWith = (status: number, field: string, message: string): Handled<ImportState> => ({
  state: { ok: false, status, fieldErrors: { [field]: message } },
  revalidate: false,
})

/** The upload as the service takes it: the file read and parsed here, never rows sent by a browser. */
async function requestOf(formData: FormData): Promise<ImportRequest | Refusal> {
  const refuse = (field: string, message: string): Refusal => ({ ok: false, status: 400, fieldErrors: { [field]: message } })
  const file = formData.get('file')
  if (!(file instanceof File)) return refuse('file', 'Choose a file to import.')
  const fields = importFormSchema.safeParse({ reason: formData.get('reason') ?? '' })
  if (!fields.success) return refuse('reason', fields.error.issues[0]?.message ?? 'Check the reason.')
  const fileName = importFileName(file.name)
  const parsed = await parseImportFile(fileName, new Uint8Array(await file.arrayBuffer()))
  if (!parsed.ok) return refuse('file', parsed.error)
  return { fileName, rows: parsed.rows, decimalComma: parsed.decimalComma, fileProblems: parsed.problems, reason: fields.data.reason }
}

function previewOf(request: ImportRequest, check: ImportCheck): ImportPreview {
  const { rows, summary } = previewRows(request.rows, check.rows, check.skipped, check.problems)
  return {
    fileName: request.fileName,
    rows: rows.slice(0, PREVIEW_ROWS_SHOWN),
    summary,
    problems: check.problems.slice(0, PROBLEMS_SHOWN),
    problemCount: check.problems.length,
  }
}

/**
 * Reads and checks an uploaded file (multipart: file, reason) and says what applying it would do:
 * every row's status and every problem by row, column and message. Writes nothing.
 */
export async function previewImportHandler(actor: Actor | null, _previous: ImportState, formData: FormData): Promise<Handled<ImportState>> {
  const denied = importRefusal(actor)
  if (denied !== null || !actor) return refusedWith(denied?.status ?? 401, 'form', denied?.error ?? '')
  const request = await requestOf(formData)
  if ('fieldErrors' in request) return { state: request, revalidate: false }
  return { state: { ok: true, kind: 'preview', preview: previewOf(request, await previewImport(request, actor)) }, revalidate: false }
}

/**
 * Applies an uploaded file: the same file the preview checked, sent again and read again here, so
 * no row a browser could have altered is trusted. All or nothing: with any problem nothing is stored
 * and the problems come back as a preview (status 422).
 */
export async function applyImportHandler(
  actor: Actor | null,
  _previous: ImportState,
  formData: FormData,
  onPhase?: (phase: ApplyPhase) => void,
): Promise<Handled<ImportState>> {
  const denied = importRefusal(actor)
  if (denied !== null || !actor) return refusedWith(denied?.status ?? 401, 'form', denied?.error ?? '')
  const request = await requestOf(formData)
  if ('fieldErrors' in request) return { state: request, revalidate: false }
  const result = await applyImport(request, actor, onPhase)
  if (!result.ok) {
    const form = 'Nothing was imported: the file has problems (listed below). Correct them and upload it again.'
    return { state: { ok: false, status: 422, fieldErrors: { form }, preview: previewOf(request, result.check) }, revalidate: false }
  }
  const { counts, scorecards } = result
  const message = appliedMessage(request.fileName, counts)
  return {
    state: { ok: true, kind: 'applied', fileName: request.fileName, counts, message, scorecards },
    revalidate: counts.changed + counts.targetsChanged > 0,
  }
}
