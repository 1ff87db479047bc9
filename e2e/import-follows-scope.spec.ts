import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { addTeam } from './entry-helpers'

/**
 * The import page's template follows the chosen scope and quarter, and an applied file links to the
 * scorecard it changed. Uses its own team, which no other spec touches.
 */
const TEAM = { name: 'Import link team', slug: 'import-link-team' }
const QUARTER = '2024-Q2'
const TMP = path.join(__dirname, '.tmp')

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()])
  return (await readFile(await file.path())).toString('utf8')
}

test('the CSV template is for the chosen team and quarter, and the applied file links to its scorecard', async ({ page }) => {
  await addTeam(page, TEAM)

  await page.goto(`/import?quarter=${QUARTER}&scope=${TEAM.slug}`)
  await expect(page.getByText(`for ${TEAM.name} in`)).toBeVisible()
  const lines = (await download(page, 'Download CSV template')).split('\r\n').filter((line) => line !== '')
  expect(lines[0]).toBe('quarter,scope,metric key,value,n,target,label,unit,allowed range')
  const rows = lines.slice(1)
  expect(rows.length).toBeGreaterThan(20)
  for (const row of rows) expect(row.startsWith(`${QUARTER},${TEAM.slug},`)).toBe(true)
  const releases = rows.find((row) => row.includes(',releases,'))
  expect(releases).toBe(`${QUARTER},${TEAM.slug},releases,,,,Releases shipped,count,"0 or more, whole number"`)

  // The template as a person fills it in: a value on the releases row, every other row left blank.
  mkdirSync(TMP, { recursive: true })
  const file = path.join(TMP, 'import-link-team.csv')
  writeFileSync(file, [lines[0], ...rows.map((row) => (row === releases ? row.replace(',releases,,', ',releases,9,') : row))].join('\r\n'))
  await page.getByLabel('File to import').setInputFiles(file)
  await page.getByRole('button', { name: 'Preview import' }).click()
  await expect(page.getByRole('heading', { name: 'Preview of import-link-team.csv' })).toBeVisible()
  await page.getByRole('button', { name: 'Apply import' }).click()
  await expect(page.getByRole('status')).toContainText('Imported 1 figure from import-link-team.csv')

  const link = page.getByRole('navigation', { name: 'Imported scorecards' }).getByRole('link', {
    name: `View the scorecard of team ${TEAM.slug} for ${QUARTER}`,
  })
  await link.click()
  await expect(page).toHaveURL(new RegExp(`/\\?quarter=${QUARTER}&scope=${TEAM.slug}$`))
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${TEAM.name} — `) })).toBeVisible()
})
