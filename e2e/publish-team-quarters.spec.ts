import { expect, test, type Page } from '@playwright/test'
import { addTeam, fillAndSave, openEntry } from './entry-helpers'

/**
 * Publishing the organisation's quarter says what becomes of the teams' quarters: they stay open
 * unless the admin ticks the box. Uses 2018-Q3 and its own team, which no other spec touches.
 */
const QUARTER = '2018-Q3'
const TEAM = { name: 'Publish with org team', slug: 'publish-with-org-team' }

async function publishBar(page: Page, scope: string) {
  await page.goto(`/?quarter=${QUARTER}&scope=${scope}`)
  return page.getByText(/^Published .* by /)
}

test('the organisation’s publish step names the open team quarters, offers to publish them unticked, and publishes them when ticked', async ({
  page,
}) => {
  await addTeam(page, TEAM)
  await openEntry(page, QUARTER, 'delivery', TEAM.slug)
  await fillAndSave(page, { 'Releases shipped': '3' })
  await openEntry(page, QUARTER, 'delivery', 'org')
  await fillAndSave(page, { 'Releases shipped': '4' })

  await page.goto(`/?quarter=${QUARTER}&scope=org`)
  await page.getByRole('button', { name: /^Publish FY2018 Q3$/ }).click()
  const step = page.getByRole('group', { name: /Publish FY2018 Q3 for/ })
  await expect(step).toContainText('they stay open for their managers to correct')
  const alsoTeams = step.getByRole('checkbox', { name: /^Also publish (one team’s quarter|the \d+ teams’ quarters) for FY2018 Q3$/ })
  await expect(alsoTeams).not.toBeChecked()
  await alsoTeams.check()
  await step.getByRole('button', { name: 'Yes, publish FY2018 Q3' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Also published (one team’s quarter|\d+ teams’ quarters)\./ })).toBeVisible()

  await expect(await publishBar(page, TEAM.slug)).toBeVisible()
})
