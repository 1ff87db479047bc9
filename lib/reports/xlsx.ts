import ExcelJS from 'exceljs'
import { FIGURE_COLUMNS, figureCells } from './figure-rows'
import type { ReportFigure, ReportModel } from './report-types'
import { safeCell, safeText } from './spreadsheet-safe'
import { changeText, dateCell, DATE_TIME_FORMAT, NUMBER_FORMATS, SCORE_FORMAT } from './xlsx-cells'
import { addByTeamSheet } from './xlsx-by-team'
import { addSummarySheet } from './xlsx-summary'

export const ALL_FIGURES_SHEET = 'All figures'

/** Column widths in characters, by header; columns not named get the default. */
const WIDTHS: Record<string, number> = {
  quarter: 10,
  scope: 24,
  category: 22,
  'metric key': 28,
  label: 40,
  value: 12,
  unit: 16,
  n: 8,
  target: 12,
  score: 7,
  status: 14,
  source: 9,
  'updated at': 24,
}

function headers(meta: ReportModel['meta']): string[] {
  return [...FIGURE_COLUMNS, `change since ${meta.previousLabel}`, `change since ${meta.yearAgoLabel}`, 'DORA level', 'updated by']
}

/** One row: the CSV's cells (numbers as numbers, text neutralised), then the readable extras. */
function rowValues(meta: ReportModel['meta'], figure: ReportFigure): (string | number | Date | null)[] {
  const cells = figureCells(meta, figure)
  const base = FIGURE_COLUMNS.map((column) => (column === 'updated at' ? dateCell(figure.updatedAt) : safeCell(cells[column])))
  const extras = [changeText(figure.sincePrevious), changeText(figure.sinceYearAgo), figure.level, figure.updatedBy]
  return [...base, ...extras.map((text) => (text === null ? null : safeText(text)))]
}

function addFigureSheet(workbook: ExcelJS.Workbook, name: string, meta: ReportModel['meta'], figures: ReportFigure[]): void {
  // Frozen header: the column names stay in view while scrolling through 29 figures.
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  const names = headers(meta)
  sheet.columns = names.map((header) => ({ header, width: WIDTHS[header] ?? 22 }))
  sheet.getRow(1).font = { bold: true }
  const column = (header: string) => names.indexOf(header) + 1
  for (const figure of figures) {
    const row = sheet.addRow(rowValues(meta, figure))
    // Each row has its own unit, so the format is set per cell rather than per column.
    row.getCell(column('value')).numFmt = NUMBER_FORMATS[figure.unit]
    row.getCell(column('target')).numFmt = NUMBER_FORMATS[figure.unit]
    row.getCell(column('published value')).numFmt = NUMBER_FORMATS[figure.unit]
    row.getCell(column('n')).numFmt = NUMBER_FORMATS.count
    row.getCell(column('score')).numFmt = SCORE_FORMAT
    row.getCell(column('updated at')).numFmt = DATE_TIME_FORMAT
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: names.length } }
}

/**
 * Prints the report's marks (quarter in progress, demo data) in the header of every printed page of
 * every sheet, as the PDF and PPTX carry them on every page. '&' starts an Excel header code, so it
 * is doubled to print as itself.
 */
function markEveryPage(workbook: ExcelJS.Workbook, meta: ReportModel['meta']): void {
  if (meta.marks.length === 0) return
  const text = `&L${meta.marks.join(' · ').replaceAll('&', '&&')}`
  workbook.eachSheet((sheet) => {
    sheet.headerFooter.oddHeader = text
  })
}

export const NOTES_SHEET = 'Notes'

/** The notes on the timeline, one row per category section that lists them (as the page and PDF do). */
function addNotesSheet(workbook: ExcelJS.Workbook, model: ReportModel): void {
  const rows = model.sections.flatMap((s) => s.notes.map((note) => [safeText(s.label), safeText(note)]))
  if (rows.length === 0) return
  const sheet = workbook.addWorksheet(NOTES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [
    { header: 'category', width: 24 },
    { header: 'note', width: 90 },
  ]
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(row)
}

/**
 * The board report as an Excel workbook: a Summary sheet, a "By team" sheet (the organisation's
 * workbook only), one sheet per category, and a sheet of
 * all figures. Figure sheets have the CSV's columns (same cells, numbers as numbers) plus readable
 * changes, the DORA level and who changed the figure last.
 */
export async function renderReportXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'CTO Scorecard'
  workbook.created = new Date(model.meta.preparedAt)
  workbook.title = `${model.meta.scopeName} — ${model.meta.quarterLabel} board report`
  addSummarySheet(workbook, model)
  if (model.byTeam) addByTeamSheet(workbook, model, model.byTeam)
  for (const section of model.sections) addFigureSheet(workbook, section.label, model.meta, section.figures)
  addFigureSheet(workbook, ALL_FIGURES_SHEET, model.meta, model.appendix.figures)
  addNotesSheet(workbook, model)
  markEveryPage(workbook, model.meta)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
