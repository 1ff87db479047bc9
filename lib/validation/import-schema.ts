import { z } from 'zod'
import { REASON_MAX } from './entry-schema'

/** Files above this are refused before they are read: about 50,000 rows of CSV, far beyond a quarter's figures. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024
/** Rows above this are refused: 32 metrics × many teams × quarters fits with room to spare. */
export const IMPORT_MAX_ROWS = 20_000

export const IMPORT_EXTENSIONS = ['csv', 'xlsx'] as const
export type ImportFormat = (typeof IMPORT_EXTENSIONS)[number]

const FILE_NAME_MAX = 120

/**
 * The file name as recorded on each figure (sourceRef) and in the audit log: the last path segment
 * (some browsers send a full path), control characters removed, and at most 120 characters.
 */
export function importFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? ''
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim()
  return (clean || 'import').slice(0, FILE_NAME_MAX)
}

/** csv or xlsx from the file name; null for anything else (an old .xls, a .numbers file …). */
export function importFormatOf(fileName: string): ImportFormat | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? ''
  return (IMPORT_EXTENSIONS as readonly string[]).includes(ext) ? (ext as ImportFormat) : null
}

/**
 * The text fields sent with the file. The reason is needed only when the file changes a published
 * quarter (it then becomes a restatement, as in the entry form); the server decides that, not the form.
 */
export const importFormSchema = z.object({
  reason: z
    .string()
    .default('')
    .transform((text) => text.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(REASON_MAX, `The reason must be at most ${REASON_MAX} characters.`)),
})

export type ImportForm = z.output<typeof importFormSchema>
