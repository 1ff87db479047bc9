import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, importFormatOf } from '@/lib/validation/import-schema'
import { columnOf, IMPORT_COLUMNS, REQUIRED_COLUMNS, type Cell, type ImportColumn } from './import-columns'
import type { ImportProblem } from './import-problem'
import { readCsv } from './read-csv'
import { readXlsx } from './read-xlsx'

/** One data row of the file, by its spreadsheet row number, with the cells of the columns the import reads. */
export interface RawRow {
  row: number
  cells: Partial<Record<ImportColumn, Cell>>
}

export type ParsedFile = { ok: true; rows: RawRow[]; decimalComma: boolean; problems: ImportProblem[] } | { ok: false; error: string }

export interface ParseLimits {
  maxBytes: number
  maxRows: number
}

const DEFAULT_LIMITS: ParseLimits = { maxBytes: IMPORT_MAX_BYTES, maxRows: IMPORT_MAX_ROWS }

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

function headerColumns(header: readonly Cell[]): { columns: (ImportColumn | null)[]; problems: ImportProblem[] } | { error: string } {
  const columns = header.map((cell) => (cell === null ? null : columnOf(String(cell))))
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c))
  if (missing.length > 0) {
    const names = missing.map((c) => `“${c}”`).join(', ')
    return {
      error: `The first row must name the columns. Missing: ${names}. Expected: ${IMPORT_COLUMNS.join(', ')} (download the template to start from).`,
    }
  }
  const problems: ImportProblem[] = []
  columns.forEach((column, i) => {
    if (column !== null && columns.indexOf(column) !== i) {
      problems.push({ row: 1, column, message: `The column “${column}” appears twice; only the first one is read.` })
    }
  })
  return { columns, problems }
}

/**
 * Reads an uploaded CSV or XLSX file into raw rows, without judging any cell (validate-rows does).
 * The first row holds the headers. Rows with every cell empty are left out; all other rows keep the
 * number a spreadsheet shows for them. Over-large files are refused with a message that says the limit.
 */
export async function parseImportFile(fileName: string, bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): Promise<ParsedFile> {
  if (bytes.byteLength === 0) return { ok: false, error: 'The file is empty.' }
  if (bytes.byteLength > limits.maxBytes) {
    return {
      ok: false,
      error: `The file is ${megabytes(bytes.byteLength)}; the most an import takes is ${megabytes(limits.maxBytes)}. Split it into several files.`,
    }
  }
  const format = importFormatOf(fileName)
  if (!format) return { ok: false, error: 'Choose a .csv or .xlsx file (an old .xls workbook must first be saved as .xlsx).' }

  let table: Cell[][]
  let decimalComma = false
  const problems: ImportProblem[] = []
  if (format === 'xlsx') {
    const read = await readXlsx(bytes)
    if (!read.ok) return read
    table = read.rows
  } else {
    const read = readCsv(bytes)
    table = read.rows
    decimalComma = read.decimalComma
    problems.push(...read.errors.map((e) => ({ row: e.row, column: null, message: e.message })))
  }
  const [header = [], ...body] = table
  if (body.filter((cells) => cells.some((cell) => cell !== null)).length > limits.maxRows) {
    return {
      ok: false,
      error: `The file has more than ${limits.maxRows.toLocaleString('en-US')} rows, the most one import takes. Split it into several files.`,
    }
  }
  const columns = headerColumns(header)
  if ('error' in columns) return { ok: false, error: columns.error }
  problems.push(...columns.problems)

  const rows: RawRow[] = []
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell === null)) return
    const row: RawRow = { row: index + 2, cells: {} }
    columns.columns.forEach((column, i) => {
      if (column !== null && !(column in row.cells)) row.cells[column] = cells[i] ?? null
    })
    rows.push(row)
  })
  return { ok: true, rows, decimalComma, problems }
}
