import { expect, test, type Locator } from '@playwright/test'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { extractText, getDocumentProxy } from 'unpdf'
import { addTeam, fillAndSave, openEntry } from './entry-helpers'

/**
 * Teams side by side, with three teams of its own and an archived fourth, in a quarter (and the one
 * before it) that no other spec uses. Releases: higher is better, 12 is the default target; uptime
 * at its 99.9% target is on track, at 99% far off it. So by delivery C > A > B, by reliability A > B.
 */
const QUARTER = '2018-Q4'
const PREVIOUS = '2018-Q3'
const A = { name: 'Cmp Alpha', slug: 'cmp-a' }
const B = { name: 'Cmp Beta', slug: 'cmp-b' }
const C = { name: 'Cmp Gamma', slug: 'cmp-c' }
const OLD = { name: 'Cmp Old', slug: 'cmp-old' }
const OURS = [A.name, B.name, C.name, OLD.name]

/** Our teams' names in the order the table shows them (other specs' teams may share the page). */
async function teamOrder(table: Locator): Promise<string[]> {
  const names = await table.locator('tbody th[scope="row"]').getByRole('link').allTextContents()
  return names.map((n) => n.trim()).filter((n) => OURS.includes(n))
}

test.describe.configure({ mode: 'serial' })

test('set up three teams with figures and an archived one', async ({ page }) => {
  for (const team of [A, B, C, OLD]) await addTeam(page, team)
  await page.getByRole('button', { name: `Archive ${OLD.name}`, exact: true }).click()
  await expect(page.getByRole('button', { name: `Unarchive ${OLD.name}`, exact: true })).toBeVisible()
  const enter = async (slug: string, quarter: string, category: string, fields: Record<string, string>) => {
    await openEntry(page, quarter, category, slug)
    await fillAndSave(page, fields)
  }
  await enter(A.slug, QUARTER, 'delivery', { 'Releases shipped': '12' })
  await enter(A.slug, QUARTER, 'reliability', { Uptime: '99.9' })
  await enter(A.slug, PREVIOUS, 'delivery', { 'Releases shipped': '6' })
  await enter(B.slug, QUARTER, 'delivery', { 'Releases shipped': '6' })
  await enter(B.slug, QUARTER, 'reliability', { Uptime: '99' })
  await enter(C.slug, QUARTER, 'delivery', { 'Releases shipped': '20' })
})

test('the comparison is a table of teams and categories, sortable from the keyboard', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare teams' }).click()
  await expect(page).toHaveURL(/\/compare\?/)
  await page.goto(`/compare?quarter=${QUARTER}`)
  const table = page.getByRole('table', { name: /Scores of each team/ })
  await expect(table).toBeVisible()
  for (const header of ['Team', 'Overall', 'Product delivery', 'System reliability', 'Business impact']) {
    await expect(table.getByRole('columnheader', { name: header })).toHaveAttribute('aria-sort', /ascending|descending|none/)
  }
  // Archived teams are hidden until asked for.
  expect(await teamOrder(table)).toEqual([A.name, B.name, C.name])

  const row = (name: string) => table.getByRole('row', { name: new RegExp(name) })
  await expect(row(A.name)).toContainText('On track')
  await expect(row(B.name)).toContainText('Off track')
  // Alpha's delivery rose since the quarter before; the change says so in words too.
  const alphaDelivery = row(A.name).getByRole('cell').nth(1)
  await expect(alphaDelivery).toContainText(/▲\s*\+\d+/)
  await expect(alphaDelivery).toContainText('better')

  const delivery = table.getByRole('columnheader', { name: 'Product delivery' })
  await delivery.getByRole('button').focus()
  await page.keyboard.press('Enter')
  await expect(delivery).toHaveAttribute('aria-sort', 'descending')
  await expect(table.getByRole('columnheader', { name: 'Team' })).toHaveAttribute('aria-sort', 'none')
  expect(await teamOrder(table)).toEqual([C.name, A.name, B.name])
  await page.keyboard.press('Space')
  await expect(delivery).toHaveAttribute('aria-sort', 'ascending')
  expect(await teamOrder(table)).toEqual([B.name, A.name, C.name])
  // A team without a reliability score goes last whichever way.
  const reliability = table.getByRole('columnheader', { name: 'System reliability' }).getByRole('button')
  await reliability.focus()
  await page.keyboard.press('Enter')
  expect(await teamOrder(table)).toEqual([A.name, B.name, C.name])
  await page.keyboard.press('Enter')
  expect(await teamOrder(table)).toEqual([B.name, A.name, C.name])
  await expect(page).toHaveURL(/sort=reliability&dir=asc/)

  // Each cell opens that team's page for the quarter.
  await row(B.name).getByRole('cell').nth(1).getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/category/delivery\\?quarter=${QUARTER}&scope=${B.slug}`))
  await expect(page.getByRole('heading', { level: 1, name: 'Product delivery' })).toBeVisible()
})

test('a category shows its metrics per team, and archived teams on request', async ({ page }) => {
  await page.goto(`/compare?quarter=${QUARTER}`)
  await page.getByLabel('Category').selectOption({ label: 'Product delivery metrics' })
  await page.getByLabel('Show archived teams').check()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(/category=delivery/)
  await expect(page).toHaveURL(/archived=1/)
  const table = page.getByRole('table', { name: /Product delivery metrics of each team/ })
  await expect(table.getByRole('columnheader', { name: 'Releases shipped (count)' })).toBeVisible()
  expect(await teamOrder(table)).toEqual([A.name, B.name, C.name, OLD.name])
  const releases = table
    .getByRole('row', { name: new RegExp(C.name) })
    .getByRole('cell')
    .first()
  await expect(releases).toContainText('20')
  await expect(releases).toContainText('n = —')
  await expect(releases).toContainText('On track')
  await expect(table.getByRole('row', { name: new RegExp(OLD.name) })).toContainText('No figures')
  await releases.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/metric/releases\\?quarter=${QUARTER}&scope=${C.slug}`))
})

test('the organisation’s board report lists the teams By team, on the page and in PDF, PPTX and XLSX', async ({ page, request }) => {
  await page.goto(`/report?quarter=${QUARTER}&scope=org`)
  const section = page.getByRole('region', { name: 'By team' })
  for (const team of [A, B, C]) await expect(section.getByRole('rowheader', { name: team.name })).toBeVisible()
  await expect(section.getByRole('rowheader', { name: OLD.name })).toHaveCount(0)

  const file = async (format: string) => {
    const answer = await request.get(`/api/report/${format}?quarter=${QUARTER}&scope=org`)
    expect(answer.status()).toBe(200)
    return answer.body()
  }
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await file('pdf'))), { mergePages: true })
  expect(text).toContain('By team')
  for (const team of [A, B, C]) expect(text).toContain(team.name)

  const zip = await JSZip.loadAsync(await file('pptx'))
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async('string')),
  )
  const bars = charts.find((xml) => xml.includes('<c:barChart>'))!
  for (const team of [A, B, C]) expect(bars).toContain(`<c:v>${team.name}</c:v>`)

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await file('xlsx')) as unknown as ArrayBuffer)
  const names: string[] = []
  workbook.getWorksheet('By team')!.eachRow((r, i) => {
    if (i > 1) names.push(String(r.getCell(1).value))
  })
  expect(names.filter((n) => OURS.includes(n))).toEqual([A.name, B.name, C.name])
})
