import { expect, test } from '@playwright/test'
import { ADMIN, ADMIN_STATE } from './accounts'
import { fillAndSave, openEntry } from './entry-helpers'

// This spec's own quarter: scope org, 2025-Q2. No other spec enters or publishes it. Publishing
// cannot be undone, so a re-run needs the fresh database scripts/e2e-server.mjs gives every run.
const QUARTER = '2025-Q2'
const REASON = 'Two releases were reported late by the mobile team.'
const REASON_REQUIRED = 'Give a reason for the restatement: this quarter is published.'

test('an admin publishes a quarter; a later change needs a reason and shows as a restatement', async ({ page, browser }) => {
  await openEntry(page, QUARTER, 'delivery')
  await fillAndSave(page, { 'Releases shipped': '10' })

  // Publish from the scorecard, with the keyboard: the button asks first, in the page.
  await page.goto(`/?quarter=${QUARTER}&scope=org`)
  const publish = page.getByRole('button', { name: /^Publish FY\d{4} Q\d$/ })
  await publish.focus()
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('group', { name: /^Publish FY\d{4} Q\d for .*cannot be undone/ })
  await expect(confirm).toBeFocused()
  await page.keyboard.press('Tab')
  // Other specs' teams may have open quarters here: the step then offers to publish them too, first.
  const alsoTeams = confirm.getByRole('checkbox', { name: /^Also publish the/ })
  if ((await alsoTeams.count()) > 0) {
    await expect(alsoTeams).toBeFocused()
    await expect(alsoTeams).not.toBeChecked()
    await page.keyboard.press('Tab')
  }
  await expect(confirm.getByRole('button', { name: /^Yes, publish FY\d{4} Q\d$/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Published FY\d{4} Q\d\. Its figures are locked/ })).toBeVisible()
  await expect(page.getByText(new RegExp(`^Published .+ by ${ADMIN.name}$`))).toBeVisible()
  await expect(publish).toHaveCount(0)

  // The entry form says the quarter is published and asks for a reason; without one nothing is saved.
  await openEntry(page, QUARTER, 'delivery')
  await expect(page.getByRole('note')).toContainText(/FY\d{4} Q\d is published/)
  await expect(page.getByRole('note')).toContainText('A change is a restatement')
  const releases = page.getByLabel('Releases shipped', { exact: true })
  const reason = page.getByLabel(/^Reason for restatement/)
  await releases.fill('12')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await expect(reason).toHaveAccessibleDescription(new RegExp(`^${REASON_REQUIRED}`))
  await expect(reason).toBeFocused()
  await expect(releases).toHaveValue('12')
  await page.reload()
  await expect(page.getByLabel('Releases shipped', { exact: true })).toHaveValue('10')

  // The server refuses it too when the browser check cannot run.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: ADMIN_STATE })
  const bare = await noScript.newPage()
  await bare.goto(`/entry/${QUARTER}?scope=org&category=delivery`)
  await bare.getByLabel('Releases shipped', { exact: true }).fill('13')
  await bare.getByRole('button', { name: 'Save changes' }).click()
  await expect(bare.getByText(REASON_REQUIRED)).toBeVisible()
  await noScript.close()
  await page.reload()
  await expect(page.getByLabel('Releases shipped', { exact: true })).toHaveValue('10')

  // With a reason the change is saved, and the reason field is emptied for the next one.
  await page.getByLabel('Releases shipped', { exact: true }).fill('12')
  await page.getByLabel(/^Reason for restatement/).fill(REASON)
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Saved 1 change to Product delivery/ })).toBeVisible()
  await expect(page.getByLabel(/^Reason for restatement/)).toHaveValue('')

  // The category page marks the figure; the mark carries the reason for screen readers.
  await page.goto(`/category/delivery?quarter=${QUARTER}&scope=org`)
  const row = page.getByRole('row', { name: /Releases shipped/ })
  await expect(row).toContainText('12')
  await expect(row).toContainText('Restated')
  await expect(row).toContainText(REASON)

  // The metric's history lists the change: before, after, who, and why.
  await page.goto(`/metric/releases?quarter=${QUARTER}&scope=org`)
  const history = page.getByRole('region', { name: 'History' })
  const change = history.getByRole('row').filter({ hasText: 'Figure restated' })
  await expect(change).toHaveCount(1)
  await expect(change).toContainText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/)
  await expect(change.getByRole('cell').nth(3)).toHaveText(/^10\D+12$/)
  await expect(change).toContainText(ADMIN.email)
  await expect(change).toContainText(REASON)
  // Other specs may enter figures in earlier quarters of this trend (the board report uses 2023-Q3).
  await expect(history.getByRole('row').filter({ hasText: 'Figure entered' }).filter({ hasText: 'FY2025 Q2' })).toContainText(/none\D+10/)

  // The audit log, filtered by action (and this quarter), shows the same change; the filters live in the URL.
  await page.goto('/admin/audit')
  await page.getByLabel('Action', { exact: true }).selectOption('figure.restate')
  await page.getByLabel('Entity id contains').fill(`org/${QUARTER}`)
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(/[?&]action=figure\.restate(&|$)/)
  const events = page.getByRole('table', { name: 'Audit events, newest first' }).getByRole('row')
  await expect(events).toHaveCount(2) // the header and the one restatement
  await expect(events.nth(1)).toContainText(ADMIN.email)
  await expect(events.nth(1)).toContainText(`org/${QUARTER}/releases`)
  await expect(events.nth(1)).toContainText(`value: 10`)
  await expect(events.nth(1)).toContainText(`reason: "${REASON}"`)
  await expect(page.getByLabel('Action', { exact: true })).toHaveValue('figure.restate')
})
