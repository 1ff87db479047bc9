import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, request, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'

// Uses the organisation's 2001-Q3, and 2004-Q1 to 2016-Q2 for the large file: no other spec touches those quarters.
// 2001-Q3 comes before every event the specs send, so the recompute job never fills it with measured zeros.
const QUARTER = '2001-Q3'
const TMP = path.join(__dirname, '.tmp')
const HEADER = 'quarter,scope,metric key,value,n,target'

function csvFile(name: string, lines: string[]): string {
  mkdirSync(TMP, { recursive: true })
  const file = path.join(TMP, name)
  writeFileSync(file, [HEADER, ...lines].join('\r\n'))
  return file
}

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()])
  return readFile(await file.path())
}

async function preview(page: Page, file: string) {
  await page.getByLabel('File to import').setInputFiles(file)
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByRole('heading', { name: `Preview of ${path.basename(file)}` })).toBeVisible()
}

test.describe.configure({ mode: 'serial' })

test('the templates download as CSV and XLSX with the import columns', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click()
  await expect(page.getByRole('heading', { name: 'Import figures' })).toBeVisible()

  const csv = (await download(page, 'Download CSV template')).toString('utf8').split('\r\n')
  // The import columns, then the helpers the XLSX has too (label, unit, allowed range).
  expect(csv[0]).toBe(`${HEADER},label,unit,allowed range`)
  expect(csv[1]).toMatch(/^\d{4}-Q[1-4],org,releases,,,,Releases shipped,count,"0 or more, whole number"$/)
  expect(csv.filter((line) => line !== '')).toHaveLength(33) // the header and the 32 metrics

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await download(page, 'Download XLSX template')) as unknown as ExcelJS.Buffer)
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
  expect(sheet?.getRow(6).values).toEqual(expect.arrayContaining(['availability', 'Uptime', '0 to 100']))
  expect(sheet?.getCell('C2').dataValidation?.type).toBe('list')
})

test('a file with a bad row shows each problem by row and column, and cannot be applied', async ({ page }) => {
  await page.goto('/import')
  const file = csvFile('q3-bad.csv', [`${QUARTER},org,releases,9,,`, `${QUARTER},org,availability,101,,`, `${QUARTER},nowhere,enps,10,40,`])
  await preview(page, file)
  const problems = page.getByRole('region', { name: /2 problems/ })
  await expect(problems).toContainText('Row 3, column value: Uptime must be between 0 and 100.')
  await expect(problems).toContainText('Row 4, column scope: No team has the slug “nowhere”.')
  await expect(page.getByRole('row', { name: /^3 / })).toContainText('Problem')
  await expect(page.getByRole('row', { name: /^2 / })).toContainText('New figure for Releases shipped')
  await expect(page.getByRole('button', { name: 'Apply import' })).toBeDisabled()
})

test('a good file is applied in one go, shows on the category page, and a second apply changes nothing', async ({ page }) => {
  const name = `q3-${Date.now()}.csv`
  const file = csvFile(name, [
    `${QUARTER},org,availability,99.95,,99.5`,
    `${QUARTER},org,major_incidents,3,,`,
    `FY2001 Q3,org,mttr_hours,2.5,7,`,
    `${QUARTER},org,mtta_minutes,,,`,
  ])
  await page.goto('/import')
  await preview(page, file)
  await expect(page.getByText('4 rows: 3 new, 1 target set, 1 empty (skipped)')).toBeVisible()
  await page.getByRole('button', { name: 'Apply import' }).click()
  await expect(page.getByRole('status')).toHaveText(
    `Imported 3 figures from ${name} (3 changed, 0 unchanged); 1 target set; 1 empty row skipped.`,
  )

  await page.goto(`/category/reliability?quarter=${QUARTER}&scope=org`)
  const uptime = page.getByRole('row', { name: /Uptime/ })
  await expect(uptime).toContainText('99.95%')
  await expect(uptime).toContainText('Imported')
  await expect(page.getByRole('row', { name: /Mean time to recovery/ })).toContainText('2.5 h')
  await expect(page.getByRole('row', { name: /Mean time to recovery/ })).toContainText('Imported')

  // The file name is recorded on each figure and in the audit log's batch event.
  await page.goto('/admin/audit')
  await expect(page.getByText(name).first()).toBeVisible()

  await page.goto('/import')
  await preview(page, file)
  await expect(page.getByText('4 rows: 3 unchanged, 1 empty (skipped)')).toBeVisible()
  await page.getByRole('button', { name: 'Apply import' }).click()
  await expect(page.getByRole('status')).toHaveText(`Imported 3 figures from ${name} (0 changed, 3 unchanged); 1 empty row skipped.`)
})

test('a large file shows its progress and is applied in one go', async ({ page }) => {
  const metrics = [
    // No incident count: the recompute job makes it a measured 0 in every quarter after the first event (2003).
    ...['releases', 'availability', 'roadmap_delivery_rate', 'mttr_hours', 'headcount', 'enps', 'tech_revenue', 'audit_findings_open'],
    ...['security_incidents_critical', 'security_incidents_high', 'security_incidents_medium', 'security_incidents_low'],
    ...['vuln_remediation_days', 'time_to_hire_days', 'partnerships_enabled', 'time_to_market_days'],
  ]
  // 50 quarters × 16 metrics: quarters must lie in the supported years, and these are older than any other spec's.
  const lines = Array.from({ length: 50 }, (_, i) => `${2004 + Math.floor(i / 4)}-Q${(i % 4) + 1}`).flatMap((quarter, i) =>
    metrics.map((key) => `${quarter},org,${key},${(i % 50) + 1},,`),
  )
  const file = csvFile('history.csv', lines)
  await page.goto('/import')
  await preview(page, file)
  await expect(page.getByText('800 rows: 800 new.')).toBeVisible()
  await expect(page.getByRole('table', { name: /Rows of history.csv/ }).getByRole('row')).toHaveCount(801)
  await page.getByRole('button', { name: 'Apply import' }).click()
  await expect(page.getByRole('progressbar', { name: 'Uploading history.csv' })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Imported 800 figures from history.csv (800 changed, 0 unchanged).', {
    timeout: 60_000,
  })
  await expect(page.getByRole('progressbar')).toHaveCount(0)
})

test('the import routes refuse a signed-out caller with JSON, before reading anything', async ({ baseURL }) => {
  const anonymous = await request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { Origin: baseURL ?? '' },
  })
  for (const url of ['/api/import/preview', '/api/import/apply']) {
    const response = await anonymous.post(url, {
      multipart: { file: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(HEADER) } },
    })
    expect(response.status()).toBe(401)
    expect(await response.json()).toMatchObject({ ok: false, fieldErrors: { form: 'Sign in to continue.' } })
  }
  const template = await anonymous.get('/api/import/template?format=csv')
  expect(template.status()).toBe(401)
  await anonymous.dispose()
})

test('the preview shows its progress while the server checks the file, and a lost connection says nothing was stored', async ({ page }) => {
  const file = csvFile('slow.csv', [`${QUARTER},org,releases,7,,`])
  await page.goto('/import')
  // Hold the request a moment, so the progress can be seen before the answer comes.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/import/preview', async (route) => {
    await held
    await route.continue()
  })
  await page.getByLabel('File to import').setInputFiles(file)
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByRole('progressbar', { name: 'Uploading slow.csv' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Checking…' })).toBeDisabled()
  release()
  await expect(page.getByRole('heading', { name: 'Preview of slow.csv' })).toBeVisible()
  await expect(page.getByRole('progressbar')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Apply import' })).toBeEnabled()

  await page.unroute('**/api/import/preview')
  await page.route('**/api/import/preview', (route) => route.abort())
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'The upload failed (no connection to the server). Nothing was stored; try again.' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Apply import' })).toBeDisabled()
})
