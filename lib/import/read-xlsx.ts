import ExcelJS from 'exceljs'
import type { Cell } from './import-columns'

/** The sheet the template puts figures on; any other workbook is read from its first sheet. */
export const FIGURES_SHEET = 'Figures'

type CellValue = ExcelJS.CellValue

/** A cell's value as the import reads it: numbers stay numbers, everything else becomes text. */
export function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return cellOf(value.richText.map((part) => part.text).join(''))
  if ('error' in value) return value.error
  // A formula: its cached result is what the spreadsheet showed (a formula is never evaluated here).
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as { result?: CellValue }).result ?? null)
  if ('text' in value) return cellOf(value.text)
  return null
}

export type XlsxTable = { ok: true; rows: Cell[][] } | { ok: false; error: string }

/** Reads the figures sheet, every row; the file's size limit (checked before) bounds the work. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxTable> {
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs's typings want a Node Buffer; the bytes are copied into one without re-encoding.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  } catch {
    return { ok: false, error: 'The file is not a readable .xlsx workbook. Save it from Excel as .xlsx, or as CSV.' }
  }
  const sheet = workbook.getWorksheet(FIGURES_SHEET) ?? workbook.worksheets[0]
  if (!sheet) return { ok: false, error: 'The workbook has no sheet.' }
  const rows: Cell[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = []
    // row.values is 1-based: index 0 is always empty.
    const values = Array.isArray(row.values) ? row.values : []
    for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]))
    rows[rowNumber - 1] = cells
  })
  // eachRow skips rows that never existed: keep them as empty rows so row numbers stay Excel's.
  return { ok: true, rows: Array.from(rows, (cells) => cells ?? []) }
}
