import { expect, test, type Page } from '@playwright/test'
import { addTeam, fillAndSave, openEntry } from './entry-helpers'

/**
 * The security severity index follows the weights in Settings: the security page shows it as a row
 * of its own (value, formula with the weights in force, score, status), a changed weight changes the
 * index and its score, and a bad weight is refused with a clear message and saves nothing. Uses its
 * own team "severity-weights" and quarter 2019-Q3; the weights are global, so the test puts the
 * critical weight back as it found it.
 */
const TEAM = { name: 'Severity weights', slug: 'severity-weights' }
const QUARTER = '2019-Q3'
const MESSAGE = 'Enter a whole number from 0 to 100.'

async function saveCriticalWeight(page: Page, weight: string) {
  await page.goto('/settings')
  await page.getByLabel('Critical weight').fill(weight)
  await page.getByRole('button', { name: 'Save settings' }).click()
}

const indexRow = (page: Page) => page.getByRole('row', { name: /^Security severity index/ })

test('a weight changed in Settings changes the security severity index and its score; a bad weight saves nothing', async ({ page }) => {
  await page.goto('/settings')
  const savedCritical = await page.getByLabel('Critical weight').inputValue()
  expect(savedCritical).toBe('10')

  try {
    await addTeam(page, TEAM)

    await openEntry(page, QUARTER, 'security', TEAM.slug)
    await fillAndSave(page, {
      'Security incidents: critical': '1',
      'Security incidents: high': '1',
      'Security incidents: medium': '4',
      'Security incidents: low': '10',
    })

    const securityPage = `/category/security?quarter=${QUARTER}&scope=${TEAM.slug}`
    await page.goto(securityPage)
    const row = indexRow(page)
    await expect(row).toContainText('= critical × 10 + high × 5 + medium × 2 + low × 1')
    await expect(row.getByRole('cell').first()).toContainText('33')
    await expect(row).toContainText('= 1 × 10 + 1 × 5 + 4 × 2 + 10 × 1')
    // The default targets (0, 1, 4, 10) weigh to 23.
    await expect(row).toContainText('≤ 23')
    await expect(row.getByText(/(On track|At risk|Off track)$/)).toBeVisible()
    const scoreBefore = await row.getByRole('cell').nth(2).innerText()
    const categoryBefore = await page.getByRole('region', { name: 'Security posture score' }).innerText()

    // A negative weight and a word are refused beside the field, and nothing is saved.
    for (const bad of ['-1', 'ten']) {
      await saveCriticalWeight(page, bad)
      await expect(page.getByLabel('Critical weight')).toHaveAccessibleDescription(new RegExp(MESSAGE.replace('.', '\\.')))
      await page.reload()
      await expect(page.getByLabel('Critical weight')).toHaveValue('10')
    }
    await page.goto(securityPage)
    await expect(indexRow(page)).toContainText('critical × 10')

    await saveCriticalWeight(page, '20')
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible()
    await page.goto(securityPage)
    const after = indexRow(page)
    await expect(after).toContainText('= critical × 20 + high × 5 + medium × 2 + low × 1')
    await expect(after.getByRole('cell').first()).toContainText('43')
    await expect(after).toContainText('= 1 × 20 + 1 × 5 + 4 × 2 + 10 × 1')
    await expect(after).toContainText('≤ 23')
    expect(await after.getByRole('cell').nth(2).innerText()).not.toBe(scoreBefore)
    expect(await page.getByRole('region', { name: 'Security posture score' }).innerText()).not.toBe(categoryBefore)
  } finally {
    await saveCriticalWeight(page, savedCritical)
    await expect(page.getByRole('status').filter({ hasText: /^(Settings saved|No changes to save)\.$/ })).toBeVisible()
  }
})
