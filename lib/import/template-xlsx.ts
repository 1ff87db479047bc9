import ExcelJS from 'exceljs'
import { HELP_COLUMNS, IMPORT_COLUMNS } from './import-columns'
import { FIGURES_SHEET } from './read-xlsx'
import type { TemplateRow } from './template'

const METRICS_SHEET = 'Metrics'
const WIDTHS: Record<string, number> = {
  quarter: 11,
  scope: 16,
  'metric key': 30,
  value: 12,
  n: 8,
  target: 12,
  label: 40,
  unit: 16,
  'allowed range': 24,
}
// Data validation reaches this far down, so rows people add below the template's are checked too.
const VALIDATED_ROWS = 2000
const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F5F9' } }

function addMetricsSheet(workbook: ExcelJS.Workbook, rows: readonly TemplateRow[]): void {
  const sheet = workbook.addWorksheet(METRICS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [
    { header: 'metric key', width: 30 },
    { header: 'label', width: 40 },
    { header: 'category', width: 22 },
    { header: 'unit', width: 16 },
    { header: 'allowed range', width: 24 },
    { header: 'takes a target', width: 14 },
  ]
  sheet.getRow(1).font = { bold: true }
  for (const r of rows) sheet.addRow([r.metricKey, r.label, r.category, r.unit, r.allowedRange, r.takesTarget ? 'yes' : 'no'])
}

/**
 * The XLSX template. Sheet "Figures": the import columns, then read-only helpers (label, unit,
 * allowed range, greyed; the import ignores them). The metric key column offers the keys as a
 * drop-down list and n accepts whole numbers only. Sheet "Metrics" lists every metric it offers.
 */
export async function renderTemplateXlsx(rows: readonly TemplateRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'CTO Scorecard'
  const sheet = workbook.addWorksheet(FIGURES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  const headers = [...IMPORT_COLUMNS, ...HELP_COLUMNS]
  sheet.columns = headers.map((header) => ({ header, width: WIDTHS[header] ?? 14 }))
  sheet.getRow(1).font = { bold: true }
  for (const r of rows) {
    const row = sheet.addRow([r.quarter, r.scope, r.metricKey, null, null, null, r.label, r.unit, r.allowedRange])
    for (let c = IMPORT_COLUMNS.length + 1; c <= headers.length; c++) row.getCell(c).fill = READ_ONLY_FILL
  }
  const keyList = `${METRICS_SHEET}!$A$2:$A$${rows.length + 1}`
  for (let r = 2; r <= Math.max(VALIDATED_ROWS, rows.length + 1); r++) {
    sheet.getCell(r, 3).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [keyList],
      showErrorMessage: true,
      errorTitle: 'Unknown metric key',
      error: 'Choose a metric key from the list (sheet Metrics).',
    }
    sheet.getCell(r, 5).dataValidation = {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      errorTitle: 'n is a count',
      error: 'n is a whole number, 0 or more.',
    }
  }
  addMetricsSheet(workbook, rows)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
