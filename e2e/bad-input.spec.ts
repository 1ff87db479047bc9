import { expect, test } from '@playwright/test'
import { openEntry } from './entry-helpers'
import { ADMIN_STATE } from './accounts'

const QUARTER = '2025-Q4'

test('a bad value is refused beside its field and nothing from the submission is saved', async ({ page }) => {
  await openEntry(page, QUARTER, 'reliability')
  await page.getByLabel('Major incidents', { exact: true }).fill('3')
  await page.getByLabel('Uptime', { exact: true }).fill('101')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Uptime must be between 0 and 100.')).toBeVisible()
  await expect(page.getByLabel('Uptime', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  // What the person typed is kept.
  await expect(page.getByLabel('Uptime', { exact: true })).toHaveValue('101')

  await page.reload()
  await expect(page.getByLabel('Major incidents', { exact: true })).toHaveValue('')
  await expect(page.getByLabel('Uptime', { exact: true })).toHaveValue('')
})

test('the server refuses a bad value too, even when the browser check is bypassed', async ({ browser }) => {
  // Without JavaScript the browser check cannot run; the form posts straight to the server action.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: ADMIN_STATE })
  const page = await context.newPage()
  await page.goto(`/entry/${QUARTER}?scope=org&category=delivery`)
  await page.getByLabel('Releases shipped', { exact: true }).fill('2.5')
  await page.getByLabel('Time to market', { exact: true }).fill('20')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Releases shipped must be a whole number.')).toBeVisible()
  await context.close()

  const check = await browser.newPage({ storageState: ADMIN_STATE })
  await check.goto(`/entry/${QUARTER}?scope=org&category=delivery`)
  await expect(check.getByLabel('Time to market', { exact: true })).toHaveValue('')
  await expect(check.getByLabel('Releases shipped', { exact: true })).toHaveValue('')
  await check.close()
})
