import Papa from 'papaparse'
import { FIGURE_COLUMNS, figureCells } from './figure-rows'
import type { ReportModel } from './report-types'
import { safeCell } from './spreadsheet-safe'

/**
 * Excel opens a CSV without a byte-order mark in the machine's legacy code page (Windows-1252 in
 * most of Europe and the Americas), so the UTF-8 of "−" in "score −100…100" or a team named
 * "Zürich" would show as "âˆ’" and "ZÃ¼rich". The BOM makes it read UTF-8; other tools skip it.
 */
const BYTE_ORDER_MARK = '\ufeff'

/**
 * The board report's figures as CSV (RFC 4180: comma-separated, CRLF line ends, quotes where
 * needed), one row per figure of the appendix, with a header row of FIGURE_COLUMNS.
 */
export function renderReportCsv(model: ReportModel): string {
  const data = model.appendix.figures.map((figure) => {
    const cells = figureCells(model.meta, figure)
    return FIGURE_COLUMNS.map((column) => safeCell(cells[column]))
  })
  return BYTE_ORDER_MARK + Papa.unparse({ fields: [...FIGURE_COLUMNS], data }, { newline: '\r\n' })
}
