import { readFile } from 'node:fs/promises'
import { expect, test, type Download, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import Papa from 'papaparse'
import { extractText, getDocumentProxy } from 'unpdf'
import { fillAndSave, openEntry, WHOLE_QUARTER } from './entry-helpers'
import { EXPECTED_FIGURE_COLUMNS } from '../tooling/fixtures/export-columns'

// The organisation's 2002-Q3: a quarter no other spec uses (nor its previous quarter or year before),
// so the report holds exactly what this spec enters. It is before the earliest event any spec
// sends (2003), so no quiet quarter turns into measured DORA zeros while the spec runs.
const QUARTER = '2002-Q3'
const REPORT = `/report?quarter=${QUARTER}&scope=org`
// Starts with "=": a spreadsheet would run it as a formula unless the export neutralises it.
const SUMMARY = '=SUM(1+1) Strong delivery quarter; eNPS needs work.'
const HEADER: readonly string[] = EXPECTED_FIGURE_COLUMNS

async function download(page: Page, name: string): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()])
  const path = await file.path()
  return { file, body: await readFile(path) }
}

test.describe.configure({ mode: 'serial' })

test('enter a quarter, then preview the board report: cover, summary, sections, appendix', async ({ page }) => {
  await openEntry(page, QUARTER, 'delivery')
  await fillAndSave(page, WHOLE_QUARTER.delivery)
  // eNPS from counts: (20 − 50) ÷ 100 × 100 = −30 against a target of +30, which scores 0.
  await openEntry(page, QUARTER, 'talent')
  await fillAndSave(page, { ...WHOLE_QUARTER.talent, 'Promoters (9–10)': '20', 'Passives (7–8)': '30', 'Detractors (0–6)': '50' })

  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board report' }).click()
  await expect(page).toHaveURL(/\/report\?/)
  await page.goto(REPORT)

  const cover = page.getByRole('region').filter({ hasText: 'Engineering scorecard · Board report' })
  await expect(cover).toContainText('Jul–Sep 2002')
  await expect(cover).toContainText('Date prepared')
  await expect(cover).toContainText('Prepared by')
  await expect(cover).toContainText('Ada Admin')

  const summary = page.getByRole('region', { name: 'Executive summary' })
  await expect(summary).toContainText('Scored on 2 of 6 categories')
  const scores = summary.getByRole('table', { name: 'Scores by category' })
  await expect(scores.getByRole('row', { name: /Product delivery/ })).toContainText('80')
  await expect(scores.getByRole('row', { name: /Engineering velocity/ })).toContainText('No score')
  await expect(summary.getByRole('region', { name: 'Biggest risks' })).toContainText('Employee NPS')
  await expect(summary.getByRole('region', { name: 'Biggest improvements' })).toContainText(
    "No figure's score rose since the previous quarter.",
  )
  await expect(summary).toContainText('Improvements: the figures whose score rose most')

  const delivery = page.getByRole('region', { name: 'Product delivery' })
  await expect(delivery.getByRole('row', { name: /Releases shipped/ })).toContainText('12')
  await expect(delivery).toContainText('Scored on 4 of 4 metrics')
  await expect(delivery.getByRole('img', { name: 'Product delivery score, last 8 quarters, against the on-track line' })).toBeVisible()
  const talent = page.getByRole('region', { name: 'Talent retention' })
  await expect(talent.getByRole('row', { name: /Employee NPS/ })).toContainText('−30')
  await expect(talent.getByRole('row', { name: /Employee NPS/ })).toContainText('Off track')

  const appendix = page.getByRole('region', { name: 'All figures' })
  await expect(appendix.getByRole('row', { name: /Major incidents/ })).toContainText('No data')
  await expect(appendix).toContainText('Benchmark set: DORA State of DevOps')
})

test("edit the CTO's summary on the report page and see it saved", async ({ page }) => {
  await page.goto(REPORT)
  const box = page.getByLabel(/CTO.s summary/)
  await box.fill(SUMMARY)
  await page.getByRole('button', { name: 'Save summary' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved the summary.' })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel(/CTO.s summary/)).toHaveValue(SUMMARY)
})

test('download CSV and XLSX through the page and read them back', async ({ page }) => {
  await page.goto(REPORT)
  // The organisation's name as the cover shows it (a setting another spec may change).
  const cover = page.getByRole('region').filter({ hasText: 'Engineering scorecard · Board report' })
  const orgName = (await cover.getByRole('heading', { level: 2 }).textContent())?.trim() ?? ''
  expect(orgName).not.toBe('')

  const csv = await download(page, 'Download CSV')
  expect(csv.file.suggestedFilename()).toMatch(/^cto-scorecard-org-FY\d{4}-Q\d\.csv$/)
  const text = csv.body.toString('utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
  expect(parsed.meta.fields).toEqual(HEADER)
  expect(parsed.data).toHaveLength(32) // every catalogue metric
  const row = (key: string) => parsed.data.find((r) => r['metric key'] === key)!
  expect(row('releases')).toMatchObject({
    quarter: QUARTER,
    scope: orgName,
    category: 'Product delivery',
    value: '12',
    target: '12',
    score: '80',
    status: 'On track',
    source: 'manual',
  })
  expect(row('enps')).toMatchObject({ value: '-30', n: '100', target: '30', score: '0', status: 'Off track', unit: 'score −100…100' })
  expect(row('attrition_rate')).toMatchObject({ value: '12', n: '100', score: '80' })
  expect(row('major_incidents')).toMatchObject({ value: '', n: '', score: '', status: 'No data', source: '', 'updated at': '' })
  expect(Date.now() - Date.parse(row('releases')['updated at'])).toBeLessThan(10 * 60_000)

  const xlsx = await download(page, 'Download XLSX')
  expect(xlsx.file.suggestedFilename()).toMatch(/^cto-scorecard-org-FY\d{4}-Q\d\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer)
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    'Summary',
    'By team',
    'Product delivery',
    'System reliability',
    'Engineering velocity',
    'Security posture',
    'Talent retention',
    'Business impact',
    'All figures',
  ])
  const all = workbook.getWorksheet('All figures')!
  expect((all.getRow(1).values as unknown[]).slice(1, 1 + HEADER.length)).toEqual(HEADER)
  const cells = new Map<string, unknown[]>()
  all.eachRow((r, i) => {
    if (i > 1) cells.set(String(r.getCell(4).value), (r.values as unknown[]).slice(1))
  })
  expect(cells.size).toBe(32)
  // value, unit, n, target, score, status: numbers as numbers, a blank as an empty cell.
  expect(cells.get('enps')!.slice(5, 11)).toEqual([-30, 'score −100…100', 100, 30, 0, 'Off track'])
  expect(cells.get('releases')!.slice(5, 11)).toEqual([12, 'count', undefined, 12, 80, 'On track'])
  expect(cells.get('major_incidents')![5]).toBeUndefined()
  const summaryTexts: string[] = []
  workbook.getWorksheet('Summary')!.eachRow((r) => summaryTexts.push(String(r.getCell(1).value)))
  expect(summaryTexts).toContain(`'${SUMMARY}`)
  expect(summaryTexts).toContain('Biggest risks')
})

test('download PDF and PPTX through the page and read their text', async ({ page }) => {
  await page.goto(REPORT)
  const pdf = await download(page, 'Download PDF')
  expect(pdf.file.suggestedFilename()).toMatch(/^cto-scorecard-org-FY\d{4}-Q\d\.pdf$/)
  expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), { mergePages: true })
  for (const expected of ['Executive summary', 'Strong delivery quarter', 'Product delivery', 'Employee NPS', 'All figures']) {
    expect(text).toContain(expected)
  }

  const pptx = await download(page, 'Download PPTX')
  expect(pptx.file.suggestedFilename()).toMatch(/^cto-scorecard-org-FY\d{4}-Q\d\.pptx$/)
  const zip = await JSZip.loadAsync(pptx.body)
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
  expect(slides.length).toBeGreaterThanOrEqual(8)
  const xml = (await Promise.all(slides.map((name) => zip.file(name)!.async('string')))).join('\n')
  for (const expected of ['Executive summary', 'Strong delivery quarter', 'Product delivery', 'Employee NPS']) {
    expect(xml).toContain(expected)
  }
})
