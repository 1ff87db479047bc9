import { expect, test } from '@playwright/test'
import { ADMIN } from './accounts'
import { PORT_A, PORT_B } from '../playwright.postgres.config'

// Two app servers, A and B, on one PostgreSQL database (playwright.postgres.config.ts). Cookies belong
// to the host, not the port, so one browser is signed in on both: the session lives in the database.
const A = `http://127.0.0.1:${PORT_A}`
const B = `http://127.0.0.1:${PORT_B}`
const QUARTER = '2024-Q4'

test('signed in through server A, a figure saved on server B shows on A', async ({ page, request }) => {
  await expect.poll(async () => (await request.get(`${B}/api/health`)).status(), { timeout: 60_000 }).toBe(200)

  await page.goto(`${A}/`)
  await expect(page).toHaveURL(/\/setup$/)
  await page.getByLabel('Your name').fill(ADMIN.name)
  await page.getByLabel('Email').fill(ADMIN.email)
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('Confirm password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Create admin account' }).click()
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible()

  // A reads the quarter first, so anything it keeps cached is from before the save.
  await page.goto(`${A}/category/reliability?quarter=${QUARTER}&scope=org`)
  await expect(page.getByRole('row', { name: /Uptime/ })).not.toContainText('99.5')

  await page.goto(`${B}/entry/${QUARTER}?scope=org&category=reliability`)
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible()
  await page.getByLabel('Uptime', { exact: true }).fill('99.5')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status')).toHaveText(/^Saved 1 change to System reliability/)

  await page.goto(`${A}/category/reliability?quarter=${QUARTER}&scope=org`)
  await expect(page.getByRole('row', { name: /Uptime/ })).toContainText('99.5')
})
