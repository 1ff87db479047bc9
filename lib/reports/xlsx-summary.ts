import type ExcelJS from 'exceljs'
import type { Highlight, ReportModel, ScoreSummary } from './report-types'
import { safeCell, safeText, type CellValue } from './spreadsheet-safe'
import { changeText, NUMBER_FORMATS, SCORE_FORMAT } from './xlsx-cells'

export const SUMMARY_SHEET = 'Summary'

type Row = (CellValue | undefined)[]

/** A score as the whole number every renderer shows, or empty. */
export function scoreOf(summary: Pick<ScoreSummary, 'score' | 'scoreText'>): number | null {
  return summary.score === null ? null : Number(summary.scoreText)
}

function heading(sheet: ExcelJS.Worksheet, text: string): void {
  sheet.addRow([])
  sheet.addRow([safeText(text)]).font = { bold: true, size: 12 }
}

function header(sheet: ExcelJS.Worksheet, names: string[]): void {
  sheet.addRow(names).font = { bold: true }
}

function add(sheet: ExcelJS.Worksheet, values: Row): ExcelJS.Row {
  return sheet.addRow(values.map((v) => safeCell(v ?? null)))
}

/** A highlight with its value and target as numbers in the figure's unit, looked up in the appendix. */
function addHighlights(sheet: ExcelJS.Worksheet, model: ReportModel, title: string, highlights: Highlight[]): void {
  heading(sheet, title)
  if (highlights.length === 0) {
    add(sheet, ['None this quarter.'])
    return
  }
  header(sheet, ['Figure', 'Category', 'Value', 'Target', 'Unit', 'Score', 'Status', 'Why'])
  for (const h of highlights) {
    const figure = model.appendix.figures.find((f) => f.key === h.metricKey)
    const row = add(sheet, [
      h.label,
      h.categoryLabel,
      figure?.value,
      figure?.target,
      figure?.unitLabel,
      h.scoreText === '—' ? null : Number(h.scoreText),
      h.statusText,
      h.reason,
    ])
    if (figure) row.getCell(3).numFmt = row.getCell(4).numFmt = NUMBER_FORMATS[figure.unit]
    row.getCell(6).numFmt = SCORE_FORMAT
  }
}

/** The figures changed after publication: the value the board was shown, the value now, and why. */
function addRestatements(sheet: ExcelJS.Worksheet, model: ReportModel): void {
  const { restatements } = model.appendix
  if (!model.meta.published && restatements.length === 0) return
  heading(sheet, 'Restatements')
  if (restatements.length === 0) {
    add(sheet, ['No figure has been restated since this quarter was published.'])
    return
  }
  header(sheet, ['Figure', 'Category', 'Published', 'Now', 'Unit', '', 'Restated', 'Reason'])
  for (const r of restatements) {
    const figure = model.appendix.figures.find((f) => f.key === r.key)
    const row = add(sheet, [r.label, r.categoryLabel, r.publishedValue, r.newValue, figure?.unitLabel, null, r.at.slice(0, 10), r.reason])
    if (figure) row.getCell(3).numFmt = row.getCell(4).numFmt = NUMBER_FORMATS[figure.unit]
  }
}

/** The executive summary as a sheet: the cover facts, scores by category, improvements, risks and the CTO's summary. */
export function addSummarySheet(workbook: ExcelJS.Workbook, model: ReportModel): void {
  const { meta, summary } = model
  const sheet = workbook.addWorksheet(SUMMARY_SHEET)
  sheet.columns = [34, 24, 18, 20, 20, 8, 14, 60].map((width) => ({ width }))
  sheet.addRow([safeText(`${meta.orgName} — board report`)]).font = { bold: true, size: 14 }
  const facts: [string, CellValue][] = [
    ['Scope', meta.scopeName],
    ['Quarter', `${meta.quarterLabel} (${meta.calendarSpan})`],
    ['Prepared', `${meta.preparedAt.slice(0, 10)} by ${meta.preparedBy}`],
    ['Benchmark set', meta.benchmark.title],
    ['Overall score', scoreOf(summary.overall)],
    ['Status', summary.overall.statusText],
    [`Change since ${meta.previousLabel}`, changeText(summary.overall.sincePrevious)],
    [`Change since ${meta.yearAgoLabel}`, changeText(summary.overall.sinceYearAgo)],
    ['Coverage', summary.overall.coverage],
    ['Quarter status', meta.inProgress ? `${meta.inProgress.text}: figures, scores and statuses are provisional` : 'ended'],
    [
      'Publication',
      meta.published
        ? `Published ${meta.published.at.slice(0, 10)}${meta.published.by ? ` by ${meta.published.by}` : ''}`
        : 'Draft: quarter not yet published',
    ],
    ...(meta.demo ? ([['Demo data', 'The figures in this workbook are demo data, not measurements.']] as [string, CellValue][]) : []),
  ]
  for (const [label, value] of facts) {
    const row = add(sheet, [label, value])
    row.getCell(1).font = { bold: true }
    if (typeof value === 'number') row.getCell(2).numFmt = SCORE_FORMAT
  }

  heading(sheet, 'Scores by category')
  header(sheet, ['Category', 'Coverage', 'Score', 'Status', `Change since ${meta.previousLabel}`, `Change since ${meta.yearAgoLabel}`])
  for (const s of model.sections) {
    const row = add(sheet, [
      s.label,
      s.summary.coverage,
      scoreOf(s.summary),
      s.summary.statusText,
      changeText(s.summary.sincePrevious),
      changeText(s.summary.sinceYearAgo),
    ])
    row.getCell(3).numFmt = SCORE_FORMAT
  }

  addHighlights(sheet, model, 'Biggest improvements', summary.improvements)
  addHighlights(sheet, model, 'Biggest risks', summary.risks)
  add(sheet, [`How these are chosen: ${summary.rule}`])

  addRestatements(sheet, model)

  heading(sheet, "CTO's summary")
  const text = add(sheet, [summary.ctoSummary === '' ? 'No summary written.' : summary.ctoSummary])
  sheet.mergeCells(text.number, 1, text.number, 8)
  text.getCell(1).alignment = { wrapText: true, vertical: 'top' }
  // Excel does not grow a merged row to fit wrapped text; roughly 110 characters fit a line here.
  text.height = Math.max(15, 15 * Math.ceil(summary.ctoSummary.length / 110 + summary.ctoSummary.split('\n').length - 1))
}
