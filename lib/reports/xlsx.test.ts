import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { CATEGORIES } from '@/lib/metrics/categories'
import { fact, fixtureReport } from '@/tooling/reports/report-fixture'
import type { ReportFigure, ReportModel } from './report-types'
import { renderReportXlsx } from './xlsx'
import { EXPECTED_FIGURE_COLUMNS } from '@/tooling/fixtures/export-columns'

const COLUMNS: readonly string[] = EXPECTED_FIGURE_COLUMNS

/** A sheet's rows below the header, as header → cell value (null for an empty cell). */
function records(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const names = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String)
  const out: Record<string, ExcelJS.CellValue>[] = []
  sheet.eachRow((row, number) => {
    if (number === 1) return
    out.push(Object.fromEntries(names.map((name, i) => [name, row.getCell(i + 1).value ?? null])))
  })
  return out
}

function expectRowIs(model: ReportModel, row: Record<string, ExcelJS.CellValue>, f: ReportFigure) {
  expect(row).toMatchObject({
    quarter: model.meta.quarter,
    scope: `'${model.meta.scopeName}`,
    category: f.categoryLabel,
    'metric key': f.key,
    label: f.label,
    value: f.value,
    unit: f.unitLabel,
    n: f.n,
    target: f.target,
    score: f.score === null ? null : Math.floor(f.score),
    status: f.statusText,
    'updated at': f.updatedAt === null ? null : new Date(f.updatedAt),
  })
}

describe('renderReportXlsx', () => {
  const model = fixtureReport()
  const workbook = new ExcelJS.Workbook()

  beforeAll(async () => {
    const buffer = await renderReportXlsx(model)
    expect(buffer.subarray(0, 2).toString()).toBe('PK') // a zip, as every .xlsx is
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  })

  it('has a summary sheet, a sheet per category in report order, and a sheet of all figures', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', ...CATEGORIES.map((c) => c.label), 'All figures'])
  })

  it("gives each figure sheet the CSV's columns first, a bold header, and freezes it", () => {
    for (const sheet of workbook.worksheets.slice(1)) {
      const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)
      expect(header.slice(0, COLUMNS.length)).toEqual(COLUMNS)
      expect(header.slice(COLUMNS.length)).toEqual(['change since FY2026 Q2', 'change since FY2025 Q3', 'DORA level', 'updated by'])
      expect(sheet.getRow(1).font?.bold).toBe(true)
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    }
  })

  it('agrees with the report model cell for cell, on each category sheet and on the sheet of all figures', () => {
    for (const section of model.sections) {
      const rows = records(workbook.getWorksheet(section.label)!)
      expect(rows).toHaveLength(section.figures.length)
      section.figures.forEach((f, i) => expectRowIs(model, rows[i], f))
    }
    const all = records(workbook.getWorksheet('All figures')!)
    expect(all).toHaveLength(32)
    model.appendix.figures.forEach((f, i) => expectRowIs(model, all[i], f))
  })

  it('keeps numbers numbers (eNPS −12 included), blanks empty, and formats each by its unit', () => {
    const rows = records(workbook.getWorksheet('All figures')!)
    const sheet = workbook.getWorksheet('All figures')!
    const at = (key: string) => rows.findIndex((r) => r['metric key'] === key) + 2
    expect(sheet.getRow(at('enps')).getCell(6)).toMatchObject({ value: -12, numFmt: '+0;-0;0' })
    expect(sheet.getRow(at('availability')).getCell(6)).toMatchObject({ value: 99.95, numFmt: '0.0##' })
    expect(sheet.getRow(at('attrition_rate')).getCell(6)).toMatchObject({ value: 16.666666666666664, numFmt: '0.0##' })
    expect(sheet.getRow(at('releases')).getCell(6)).toMatchObject({ value: 13, numFmt: '#,##0' })
    expect(sheet.getRow(at('mttr_hours')).getCell(6)).toMatchObject({ value: 4.25, numFmt: '0.0' })
    expect(rows[at('major_incidents') - 2]).toMatchObject({ value: null, n: null, score: null, status: 'No data' })
    expect(rows[at('enps') - 2]).toMatchObject({ 'change since FY2026 Q2': '▼ −17 (worse)', 'change since FY2025 Q3': '—' })
  })

  it('neutralises text a spreadsheet would run as a formula', () => {
    const rows = records(workbook.getWorksheet('All figures')!)
    expect(rows.find((r) => r['metric key'] === 'tech_revenue')!.source).toBe(`'=HYPERLINK("http://evil.example","x")`)
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/)
          expect(cell.formula).toBeUndefined()
        }),
      )
    }
  })

  it('summarises the quarter: overall score, improvements, risks and the CTO summary', () => {
    const sheet = workbook.getWorksheet('Summary')!
    const byLabel = new Map<string, ExcelJS.CellValue>()
    sheet.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value))
    expect(byLabel.get('Overall score')).toBe(71)
    expect(byLabel.get('Status')).toBe('At risk')
    expect(byLabel.get('Change since FY2026 Q2')).toBe('▼ −2 (3 → 5 metrics) (worse)')
    expect(byLabel.get('Scope')).toBe(`'=cmd|" /C calc"!A0`)
    expect(byLabel.get('Product delivery')).toBe('1 of 4 metrics')
    const firstColumn: string[] = []
    sheet.eachRow((row) => firstColumn.push(String(row.getCell(1).value)))
    const after = (title: string, count: number) =>
      firstColumn.slice(firstColumn.indexOf(title) + 2, firstColumn.indexOf(title) + 2 + count)
    expect(after('Biggest improvements', 1)).toEqual(model.summary.improvements.map((h) => h.label))
    expect(after('Biggest risks', 3)).toEqual(model.summary.risks.map((h) => h.label))
    expect(firstColumn).toContain("'-Strong quarter; uptime dipped.")
  })
})

describe('renderReportXlsx of a restated, in-progress demo quarter', () => {
  const model = fixtureReport({
    figures: [fact('2026-Q3', 'releases', 17)],
    published: { at: new Date('2026-10-06T10:00:00Z'), by: 'Grace Hopper' },
    restatements: {
      releases: { count: 1, publishedValue: 13, newValue: 17, reason: 'Two releases were missed', at: new Date('2026-10-20T08:00:00Z') },
    },
    progress: { day: 40, days: 92 },
    demo: true,
  })
  const workbook = new ExcelJS.Workbook()
  beforeAll(async () => {
    await workbook.xlsx.load((await renderReportXlsx(model)) as unknown as ArrayBuffer)
  })

  it('shows the restated figure with its published and new values and the reason, in its row and in the summary', () => {
    const row = records(workbook.getWorksheet('All figures')!).find((r) => r['metric key'] === 'releases')
    expect(row).toMatchObject({ value: 17, 'published value': 13, 'restatement reason': 'Two releases were missed' })
    const summary: ExcelJS.CellValue[][] = []
    workbook.getWorksheet('Summary')!.eachRow((r) => summary.push((r.values as ExcelJS.CellValue[]).slice(1)))
    const restated = summary.find((r) => r[0] === 'Releases shipped' && r.includes('Two releases were missed'))
    expect(restated?.slice(2, 4)).toEqual([13, 17])
  })

  it('marks every sheet as demo data and in progress, in its printed header and in the summary', () => {
    workbook.eachSheet((sheet) => expect(sheet.headerFooter.oddHeader).toBe('&Lin progress: day 40 of 92; figures provisional · Demo data'))
    const facts: string[] = []
    workbook.getWorksheet('Summary')!.eachRow((r) => facts.push(String(r.getCell(1).value)))
    expect(facts).toContain('Demo data')
    expect(facts).toContain('Quarter status')
  })
})

describe('renderReportXlsx: notes on the timeline', () => {
  it('lists each section’s notes on a Notes sheet, and has no such sheet without notes', async () => {
    const note = {
      id: 1,
      scope: 'team-1',
      date: '2026-08-14',
      text: '=re-org',
      category: null,
      metricKey: null,
      createdBy: 'a',
      version: 1,
    }
    const read = async (model: ReportModel) => {
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load((await renderReportXlsx(model)) as unknown as ArrayBuffer)
      return workbook
    }
    const withNotes = await read(fixtureReport({ annotations: [note] }))
    const rows = records(withNotes.getWorksheet('Notes') as ExcelJS.Worksheet)
    expect(rows).toHaveLength(CATEGORIES.length)
    expect(rows[0]).toEqual({ category: 'Product delivery', note: '14 Aug 2026: =re-org (Every chart of this scope)' })
    expect((await read(fixtureReport())).getWorksheet('Notes')).toBeUndefined()
  })
})
