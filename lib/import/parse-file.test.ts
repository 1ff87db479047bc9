import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseImportFile } from './parse-file'
import { templateRows } from './template'
import { renderTemplateCsv } from './template-csv'
import { renderTemplateXlsx } from './template-xlsx'

const bytes = (text: string) => new TextEncoder().encode(text)

async function xlsx(rows: (string | number | null)[][], sheetName = 'Figures'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('parseImportFile: CSV', () => {
  it('reads a comma CSV with a byte-order mark and headers in any case', async () => {
    const file = '\uFEFFQuarter,SCOPE,Metric_Key,Value,n,Target\r\n2026-Q3,org,availability,99.9,,99.5\r\n'
    const parsed = await parseImportFile('q3.csv', bytes(file))
    expect(parsed).toEqual({
      ok: true,
      decimalComma: false,
      problems: [],
      rows: [{ row: 2, cells: { quarter: '2026-Q3', scope: 'org', 'metric key': 'availability', value: '99.9', n: null, target: '99.5' } }],
    })
  })

  it('reads a semicolon CSV from European Excel and marks its decimal comma', async () => {
    const parsed = await parseImportFile('q3.csv', bytes('quarter;scope;metric key;value\n2026-Q3;org;availability;99,95\n'))
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.decimalComma).toBe(true)
    expect(parsed.rows[0].cells.value).toBe('99,95')
  })

  it('reads a Windows-1252 CSV (Excel’s plain CSV) without failing', async () => {
    const latin = new Uint8Array([...bytes('quarter,scope,metric key,value\n2026-Q3,org,releases,'), 0xb4, ...bytes('3\n')])
    const parsed = await parseImportFile('q3.csv', latin)
    expect(parsed.ok && parsed.rows[0].cells.value).toBe('´3')
  })

  it('keeps spreadsheet row numbers across blank lines and leaves blank rows out', async () => {
    const parsed = await parseImportFile(
      'q.csv',
      bytes('quarter,scope,metric key,value\n\n2026-Q3,org,releases,3\n,,,\n2026-Q3,org,headcount,40\n'),
    )
    expect(parsed.ok && parsed.rows.map((r) => r.row)).toEqual([3, 5])
  })

  it('ignores helper columns and accepts a file without n and target', async () => {
    const parsed = await parseImportFile(
      'q.csv',
      bytes('label,quarter,scope,metric key,value,unit\nUptime,2026-Q3,org,availability,99,%\n'),
    )
    expect(parsed.ok && parsed.rows[0].cells).toEqual({ quarter: '2026-Q3', scope: 'org', 'metric key': 'availability', value: '99' })
  })

  it('refuses a file without a required column, naming it', async () => {
    const parsed = await parseImportFile('q.csv', bytes('quarter,scope,value\n2026-Q3,org,1\n'))
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('Missing: “metric key”') })
  })

  it('refuses empty, oversize, too long and wrongly typed files with a clear message', async () => {
    expect(await parseImportFile('q.csv', new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' })
    const big = await parseImportFile('q.csv', bytes('x'.repeat(2000)), { maxBytes: 1000, maxRows: 10 })
    expect(big.ok === false && big.error).toMatch(/most an import takes is 0 MB|Split it/)
    const long = await parseImportFile('q.csv', bytes(`quarter,scope,metric key,value\n${'2026-Q3,org,releases,1\n'.repeat(11)}`), {
      maxBytes: 1e6,
      maxRows: 10,
    })
    expect(long).toEqual({ ok: false, error: 'The file has more than 10 rows, the most one import takes. Split it into several files.' })
    const exact = await parseImportFile('q.csv', bytes(`quarter,scope,metric key,value\n${'2026-Q3,org,releases,1\n\n'.repeat(10)}`), {
      maxBytes: 1e6,
      maxRows: 10,
    })
    expect(exact.ok && exact.rows).toHaveLength(10)
    const xls = await parseImportFile('q.xls', bytes('quarter'))
    expect(xls.ok === false && xls.error).toMatch(/\.csv or \.xlsx/)
  })

  it('reports an unclosed quote by row', async () => {
    const parsed = await parseImportFile('q.csv', bytes('quarter,scope,metric key,value\n2026-Q3,org,"releases,3\n'))
    expect(parsed.ok && parsed.problems[0]).toMatchObject({ row: 2, column: null })
  })
})

describe('parseImportFile: XLSX', () => {
  it('reads numbers as numbers and text as text, from the Figures sheet', async () => {
    const file = await xlsx([
      ['quarter', 'scope', 'metric key', 'value', 'n'],
      ['2026-Q3', 'org', 'enps', -12, 40],
      [],
      ['2026-Q3', 'org', 'releases', '7', null],
    ])
    const parsed = await parseImportFile('q3.xlsx', file)
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.rows).toEqual([
      { row: 2, cells: { quarter: '2026-Q3', scope: 'org', 'metric key': 'enps', value: -12, n: 40 } },
      { row: 4, cells: { quarter: '2026-Q3', scope: 'org', 'metric key': 'releases', value: '7', n: null } },
    ])
  })

  it('reads the first sheet of any other workbook and refuses one that is not a workbook', async () => {
    const parsed = await parseImportFile(
      'q.xlsx',
      await xlsx(
        [
          ['Quarter', 'Scope', 'Metric key', 'Value'],
          ['2026-Q3', 'org', 'releases', 3],
        ],
        'Sheet1',
      ),
    )
    expect(parsed.ok && parsed.rows).toHaveLength(1)
    const junk = await parseImportFile('q.xlsx', bytes('not a zip'))
    expect(junk.ok === false && junk.error).toMatch(/not a readable \.xlsx/)
  })
})

describe('the templates read back', () => {
  const rows = templateRows(['reliability', 'talent'], '2026-Q3')

  it('CSV: the import columns, then label, unit and allowed range; one blank row per metric, every row skipped as empty', async () => {
    const csv = renderTemplateCsv(rows)
    const [header, first] = csv.split('\r\n')
    expect(header).toBe('quarter,scope,metric key,value,n,target,label,unit,allowed range')
    expect(first).toBe(`2026-Q3,org,${rows[0].metricKey},,,,${rows[0].label},${rows[0].unit},${rows[0].allowedRange}`)
    const parsed = await parseImportFile('t.csv', bytes(csv))
    expect(parsed.ok && parsed.rows.map((r) => r.cells['metric key'])).toEqual(rows.map((r) => r.metricKey))
    expect(parsed.ok && parsed.rows.every((r) => r.cells.value === null)).toBe(true)
  })

  it('XLSX: import columns, then read-only helpers, with a metric key drop-down', async () => {
    const buffer = await renderTemplateXlsx(rows)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)
    const sheet = workbook.getWorksheet('Figures')
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'quarter',
      'scope',
      'metric key',
      'value',
      'n',
      'target',
      'label',
      'unit',
      'allowed range',
    ])
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      '2026-Q3',
      'org',
      'availability',
      undefined,
      undefined,
      undefined,
      'Uptime',
      '%',
      '0 to 100',
    ])
    expect(sheet?.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: [`Metrics!$A$2:$A$${rows.length + 1}`] })
    const parsed = await parseImportFile('t.xlsx', new Uint8Array(buffer))
    expect(parsed.ok && parsed.rows).toHaveLength(rows.length)
  })
})

describe('the template for a chosen scope and quarter', () => {
  it('fills every row with that team and quarter', async () => {
    const csv = renderTemplateCsv(templateRows(['delivery'], '2025-Q2', 'payments'))
    const parsed = await parseImportFile('t.csv', bytes(csv))
    expect(parsed.ok && parsed.rows.length).toBeGreaterThan(0)
    expect(parsed.ok && parsed.rows.every((r) => r.cells.quarter === '2025-Q2' && r.cells.scope === 'payments')).toBe(true)
  })
})
