import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { renderReportCsv } from './csv'
import { fact, fixtureReport } from '@/tooling/reports/report-fixture'
import type { ReportFigure, ReportModel } from './report-types'

const HEADER =
  'quarter,scope,category,metric key,label,value,unit,n,target,score,status,source,updated at,target note,published value,restatement reason,quarter status,demo data'

function parse(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** A number cell as written: the plain JavaScript number, or empty when there is none. */
const numberText = (value: number | null) => (value === null ? '' : String(value))

/** What the CSV must say for a figure, from the model (and only from it). */
function expectedRow(model: ReportModel, f: ReportFigure): Record<string, string> {
  return {
    quarter: model.meta.quarter,
    scope: `'${model.meta.scopeName}`, // the fixture's team name starts with "="
    category: f.categoryLabel,
    'metric key': f.key,
    label: f.label,
    value: numberText(f.value),
    unit: f.unitLabel,
    n: numberText(f.n),
    target: numberText(f.target),
    score: f.score === null ? '' : String(Math.floor(f.score)),
    status: f.statusText,
    source: f.source === null ? '' : f.source.startsWith('=') ? `'${f.source}` : f.source,
    'updated at': f.updatedAt ?? '',
    'target note': f.target !== null && !f.targetScored ? 'not scored' : '',
    'published value': numberText(f.restatement?.publishedValue ?? null),
    'restatement reason': f.restatement?.reason ?? '',
    'quarter status': model.meta.inProgress ? `${model.meta.inProgress.text} (provisional)` : 'ended',
    'demo data': model.meta.demo ? 'demo data' : '',
  }
}

describe('renderReportCsv', () => {
  const model = fixtureReport()
  const csv = renderReportCsv(model)
  const rows = parse(csv)

  it('starts with a byte-order mark and the exact header, and ends lines with CRLF', () => {
    expect(csv.startsWith(`\ufeff${HEADER}\r\n`)).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(model.appendix.figures.length + 1)
  })

  it('has one row per figure that agrees with the report model, cell for cell', () => {
    expect(rows).toHaveLength(32)
    expect(rows).toEqual(model.appendix.figures.map((f) => expectedRow(model, f)))
  })

  it('writes numbers raw and in full, negative ones as numbers, and blanks as empty cells (never 0)', () => {
    const row = (key: string) => rows.find((r) => r['metric key'] === key)!
    expect(row('enps')).toMatchObject({ value: '-12', n: '40', target: '30', score: '17', unit: 'score −100…100' })
    expect(row('attrition_rate')).toMatchObject({ value: '16.666666666666664', n: '90', target: '12', unit: '%' })
    expect(row('availability')).toMatchObject({ value: '99.95', target: '99.9' })
    expect(row('tech_revenue')).toMatchObject({ value: '1250000', unit: 'EUR', target: '', score: '', status: 'No target set' })
    expect(row('major_incidents')).toMatchObject({
      value: '',
      n: '',
      score: '',
      status: 'No data',
      source: '',
      'updated at': '2026-10-02T09:30:15.250Z',
    })
    expect(row('headcount')).toMatchObject({ value: '120', status: 'Context only', score: '' })
    expect(row('mttr_hours')).toMatchObject({ value: '4.25', score: '77', status: 'At risk', source: 'events' })
  })

  it('neutralises text a spreadsheet would run as a formula: team names, sources', () => {
    expect(rows.every((r) => r.scope === `'=cmd|" /C calc"!A0`)).toBe(true)
    expect(rows.find((r) => r['metric key'] === 'tech_revenue')!.source).toBe(`'=HYPERLINK("http://evil.example","x")`)
    // No cell of the file, read back, starts a formula, except numbers (written from numbers).
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if (/^[=+\-@\t\r]/.test(cell)) expect([column, Number.isFinite(Number(cell))]).toEqual([column, true])
      }
    }
  })
})

describe('renderReportCsv of a restated, in-progress demo quarter', () => {
  const model = fixtureReport({
    figures: [fact('2026-Q3', 'releases', 17)],
    published: { at: new Date('2026-10-06T10:00:00Z'), by: 'Grace Hopper' },
    restatements: {
      releases: { count: 1, publishedValue: 13, newValue: 17, reason: 'Two releases were missed', at: new Date('2026-10-20T08:00:00Z') },
    },
    progress: { day: 40, days: 92 },
    demo: true,
  })
  const rows = parse(renderReportCsv(model))

  it('shows a restated figure with its published value, its new value and the reason', () => {
    const releases = rows.find((r) => r['metric key'] === 'releases')!
    expect(releases).toMatchObject({ value: '17', 'published value': '13', 'restatement reason': 'Two releases were missed' })
    expect(model.appendix.restatements).toEqual([expect.objectContaining({ key: 'releases', publishedText: '13', newText: '17' })])
  })

  it('marks every row as in progress and as demo data', () => {
    for (const row of rows)
      expect(row).toMatchObject({ 'quarter status': 'in progress: day 40 of 92 (provisional)', 'demo data': 'demo data' })
  })
})
