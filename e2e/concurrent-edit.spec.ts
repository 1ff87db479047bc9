import { expect, test, type Browser } from '@playwright/test'
import { ADMIN_STATE } from './accounts'
import { openEntry } from './entry-helpers'

// Uses org / 2024-Q4 / reliability, which no other spec touches.
const QUARTER = '2024-Q4'
const CATEGORY = 'reliability'

/** A second person's browser: its own context (cookies, page state), signed in as the same admin. */
async function secondBrowser(browser: Browser) {
  return browser.newContext({ baseURL: test.info().project.use.baseURL, storageState: ADMIN_STATE })
}

test('a save based on a stale form is refused with the newer value, and stores nothing', async ({ browser, page: pageA }) => {
  const contextB = await secondBrowser(browser)
  const pageB = await contextB.newPage()
  await openEntry(pageA, QUARTER, CATEGORY)
  await openEntry(pageB, QUARTER, CATEGORY)

  await pageA.getByLabel('Uptime', { exact: true }).fill('99.5')
  await pageA.getByRole('button', { name: 'Save changes' }).click()
  await expect(pageA.getByRole('status')).toHaveText(/^Saved 1 change to System reliability/)

  // B still has the form as it was before A saved.
  const uptimeB = pageB.getByLabel('Uptime', { exact: true })
  await uptimeB.fill('99.7')
  await pageB.getByRole('button', { name: 'Save changes' }).click()
  await expect(pageB.getByRole('form', { name: 'System reliability' }).getByRole('alert')).toContainText('Nothing was saved.')
  await expect(uptimeB).toHaveAttribute('aria-invalid', 'true')
  await expect(uptimeB).toHaveAccessibleDescription(/Someone else saved this since you opened the form: now 99\.50?%/)
  await expect(uptimeB).toHaveValue('99.7')
  await expect(pageB.getByRole('status')).toHaveText('')

  // A third page, freshly loaded: A's value is stored, nothing of B's.
  const contextC = await secondBrowser(browser)
  const pageC = await contextC.newPage()
  await openEntry(pageC, QUARTER, CATEGORY)
  await expect(pageC.getByLabel('Uptime', { exact: true })).toHaveValue('99.5')

  // B has now seen A's value; saving again is a conscious overwrite.
  await pageB.getByRole('button', { name: 'Save changes' }).click()
  await expect(pageB.getByRole('status')).toHaveText(/^Saved 1 change to System reliability/)
  await expect(uptimeB).not.toHaveAttribute('aria-invalid', 'true')
  await pageC.reload()
  await expect(pageC.getByLabel('Uptime', { exact: true })).toHaveValue('99.7')

  // And A, whose form is now the stale one, is refused in turn rather than silently winning.
  await pageA.getByLabel('Uptime', { exact: true }).fill('99.6')
  await pageA.getByRole('button', { name: 'Save changes' }).click()
  await expect(pageA.getByLabel('Uptime', { exact: true })).toHaveAccessibleDescription(/now 99\.70?%/)
  await pageC.reload()
  await expect(pageC.getByLabel('Uptime', { exact: true })).toHaveValue('99.7')

  await contextB.close()
  await contextC.close()
})
