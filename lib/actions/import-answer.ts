import type { ImportCounts } from '@/lib/db/services/apply-import'
import type { FieldErrors } from '@/lib/validation/field-errors'
import type { ImportProblem } from '@/lib/import/import-problem'
import type { PreviewRow, PreviewSummary } from '@/lib/import/preview-rows'
import type { TouchedScorecard } from '@/lib/import/touched-scorecards'

/** Rows and problems beyond these are counted but not sent: a browser table of 20,000 rows helps nobody. */
export const PREVIEW_ROWS_SHOWN = 1000
export const PROBLEMS_SHOWN = 500

export interface ImportPreview {
  fileName: string
  /** The first PREVIEW_ROWS_SHOWN rows; summary counts them all. */
  rows: PreviewRow[]
  summary: PreviewSummary
  /** The first PROBLEMS_SHOWN problems; problemCount counts them all. */
  problems: ImportProblem[]
  problemCount: number
}

/**
 * What the import routes answer, as JSON. A refusal has the form's usual shape ({ ok: false,
 * fieldErrors }: "form" for permission, "file" for a file that cannot be read, "reason"), plus the
 * HTTP status the route answers with and, when rows had problems, the preview listing them.
 */
export type ImportState =
  | { ok: true; kind: 'preview'; preview: ImportPreview }
  | { ok: true; kind: 'applied'; fileName: string; counts: ImportCounts; message: string; scorecards: TouchedScorecard[] }
  | { ok: false; status: number; fieldErrors: FieldErrors; preview?: ImportPreview }
  | null

const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`

/** "Imported 120 figures from q3.csv (35 changed, 85 unchanged)." */
export function appliedMessage(fileName: string, counts: ImportCounts): string {
  const changed = `${counts.changed.toLocaleString('en-US')} changed, ${counts.unchanged.toLocaleString('en-US')} unchanged`
  const parts = [`Imported ${plural(counts.figures, 'figure')} from ${fileName} (${changed})`]
  if (counts.targetsChanged > 0) parts.push(`${plural(counts.targetsChanged, 'target')} set`)
  if (counts.skipped > 0) parts.push(`${plural(counts.skipped, 'empty row')} skipped`)
  return `${parts.join('; ')}.`
}
