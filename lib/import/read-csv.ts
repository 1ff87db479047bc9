import Papa from 'papaparse'
import type { Cell } from './import-columns'

export interface CsvTable {
  rows: Cell[][]
  /** Set for semicolon-separated files (European Excel), whose numbers use a decimal comma. */
  decimalComma: boolean
  /** Rows papaparse could not read cleanly (an unclosed quote …), by spreadsheet row number. */
  errors: { row: number; message: string }[]
}

/**
 * Excel saves "CSV UTF-8" with a byte-order mark, and plain "CSV" in the Windows code page; both
 * must read. Strict UTF-8 first (the BOM is dropped by the decoder), Windows-1252 when that fails.
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Reads every row; the file's size limit (checked before) bounds the work. */
export function readCsv(bytes: Uint8Array): CsvTable {
  const text = decode(bytes).replace(/^\uFEFF/, '')
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  })
  const rows = result.data.map((cells) => cells.map((cell) => (cell.trim() === '' ? null : cell)))
  const errors = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, message: `The file could not be read here (${e.message}).` }))
  return { rows, decimalComma: result.meta.delimiter === ';', errors }
}
