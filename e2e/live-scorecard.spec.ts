import { expect, test } from '@playwright/test'
import { fillAndSave, openEntry } from './entry-helpers'

// Uses the organisation's 2024-Q1 and its delivery figures, which no other spec touches.
const QUARTER = '2024-Q1'

test('the scorecard shows a figure saved elsewhere without a reload', async ({ page, browser }) => {
  // 12 releases against the default target of 12 score 80; 6 score 80 − 30·log2(13/7) ≈ 53.
  await openEntry(page, QUARTER, 'delivery')
  await fillAndSave(page, { 'Releases shipped': '12' })
  await page.goto(`/?quarter=${QUARTER}&scope=org`)
  const delivery = page.getByRole('region', { name: 'Product delivery' })
  await expect(delivery).toContainText('80')
  await expect(delivery).toContainText('On track')
  // Survives only as long as this document does: a reload would wipe it.
  await page.evaluate(() => document.documentElement.setAttribute('data-still-here', 'yes'))

  // Someone else, in another browser, saves a new figure for the same quarter.
  const other = await browser.newContext({ storageState: 'e2e/.tmp/admin.json' })
  const entry = await other.newPage()
  await openEntry(entry, QUARTER, 'delivery')
  await fillAndSave(entry, { 'Releases shipped': '6' })
  await other.close()

  await expect(delivery).toContainText('53', { timeout: 20_000 })
  await expect(delivery).toContainText('At risk')
  await expect(page.locator('html')).toHaveAttribute('data-still-here', 'yes')
})

test("a card's data table is drawn when it is opened", async ({ page }) => {
  await page.goto(`/?quarter=${QUARTER}&scope=org`)
  const delivery = page.getByRole('region', { name: 'Product delivery' })
  const table = delivery.getByRole('table', { name: /Product delivery score, last 8 quarters/ })
  await expect(table).toHaveCount(0)
  await delivery.getByText(/Show data table: Product delivery score/).click()
  await expect(table).toBeVisible()
  // The last row is this quarter; the quarters before it have no figures, and say so.
  await expect(table.getByRole('row').last()).toContainText('53')
  await expect(table.getByRole('row').last()).toContainText('At risk')
  await expect(table.getByRole('row').nth(1)).toContainText('No score')
})
