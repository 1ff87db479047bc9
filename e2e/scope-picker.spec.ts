import { expect, test, type Page } from '@playwright/test'
import { addTeam } from './entry-helpers'

/**
 * The scope picker and archived teams: pages still show an archived team named in the URL, so old
 * quarters stay readable, and the picker must then show that team as the chosen scope rather than
 * whatever option comes first. Uses its own teams, which no other spec touches.
 */
const OLD = { name: 'Picker old team', slug: 'picker-old-team' }
const OTHER = { name: 'Picker other old team', slug: 'picker-other-old-team' }

async function addArchivedTeam(page: Page, team: { name: string; slug: string }) {
  await addTeam(page, team)
  await page.getByRole('button', { name: `Archive ${team.name}`, exact: true }).click()
  await expect(page.getByRole('button', { name: `Unarchive ${team.name}`, exact: true })).toBeVisible()
}

test('an archived team named in the URL is the picked scope, marked as archived; other archived teams are not offered', async ({
  page,
}) => {
  await addArchivedTeam(page, OLD)
  await addArchivedTeam(page, OTHER)

  await page.goto(`/?scope=${OLD.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${OLD.name} — `) })).toBeVisible()
  const scope = page.getByRole('combobox', { name: 'Scope' })
  await expect(scope).toHaveValue(OLD.slug)
  await expect(scope.locator('option:checked')).toHaveText(`${OLD.name} (archived)`)
  await expect(scope.getByRole('option', { name: OTHER.name })).toHaveCount(0)

  // Without an archived team in the URL, the picker lists the organisation and active teams only.
  await page.goto('/?scope=org')
  await expect(page.getByRole('combobox', { name: 'Scope' })).toHaveValue('org')
  await expect(page.getByRole('combobox', { name: 'Scope' }).getByRole('option', { name: /archived/ })).toHaveCount(0)
})
