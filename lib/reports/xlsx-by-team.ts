import type ExcelJS from 'exceljs'
import type { ReportModel, ReportTeamRow, ScoreSummary } from './report-types'
import { safeCell } from './spreadsheet-safe'
import { changeText, SCORE_FORMAT } from './xlsx-cells'
import { scoreOf } from './xlsx-summary'

export const BY_TEAM_SHEET = 'By team'

function scoreCells(summary: ScoreSummary): (string | number | null)[] {
  return [scoreOf(summary), summary.statusText, changeText(summary.sincePrevious)]
}

function rowOf(row: ReportTeamRow): (string | number | null)[] {
  if (!row.hasFigures) return [row.name, null, 'No figures']
  return [row.name, ...scoreCells(row.overall), ...row.categories.flatMap(scoreCells)]
}

/**
 * The organisation's workbook only: one row per active team, its overall and category scores as
 * numbers, each with its status and change since the previous quarter, under a frozen header.
 */
export function addByTeamSheet(workbook: ExcelJS.Workbook, model: ReportModel, rows: readonly ReportTeamRow[]): void {
  const sheet = workbook.addWorksheet(BY_TEAM_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] })
  const since = `change since ${model.meta.previousLabel}`
  const groups = ['Overall', ...model.sections.map((s) => s.label)]
  const names = ['team', ...groups.flatMap((g) => [`${g} score`, `${g} status`, `${g} ${since}`])]
  sheet.columns = names.map((header, i) => ({ header, width: i === 0 ? 28 : i % 3 === 1 ? 12 : 18 }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'bottom' }
  for (const team of rows) {
    const row = sheet.addRow(rowOf(team).map(safeCell))
    groups.forEach((_, g) => {
      row.getCell(2 + g * 3).numFmt = SCORE_FORMAT
    })
  }
  if (rows.length === 0) sheet.addRow(['There are no active teams to compare.'])
}
