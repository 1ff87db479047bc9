import { expect, test, type Dialog, type Page } from '@playwright/test'
import { addTeam, openEntry } from './entry-helpers'

/**
 * Unsaved edits warn before a tab switch or the quarter picker drops them, and the picker does not
 * load a page on each arrow key. Uses its own team, which no other spec touches.
 */
const TEAM = { name: 'Unsaved edits team', slug: 'unsaved-edits-team' }
const QUARTER = '2025-Q1'

/** Answers the next confirm dialog and records what it asked. */
function answerNextDialog(page: Page, accept: boolean, asked: string[]) {
  page.once('dialog', (dialog: Dialog) => {
    asked.push(dialog.message())
    void (accept ? dialog.accept() : dialog.dismiss())
  })
}

test('a tab switch or the quarter picker asks before dropping typed figures; saved figures leave freely', async ({ page }) => {
  await addTeam(page, TEAM)
  await openEntry(page, QUARTER, 'delivery', TEAM.slug)
  const releases = page.getByLabel('Releases shipped', { exact: true })
  await releases.fill('7')
  const tabs = page.getByRole('navigation', { name: 'Categories' })
  const asked: string[] = []

  answerNextDialog(page, false, asked)
  await tabs.getByRole('link', { name: 'System reliability' }).click()
  await expect.poll(() => asked.length).toBe(1)
  expect(asked[0]).toMatch(/unsaved changes/)
  await expect(page).toHaveURL(/category=delivery/)
  await expect(releases).toHaveValue('7')

  const quarterPicker = page.getByRole('combobox', { name: 'Quarter' })
  const other = await quarterPicker.locator(`option:not([value="${QUARTER}"])`).first().getAttribute('value')
  answerNextDialog(page, false, asked)
  await quarterPicker.selectOption(other ?? '')
  await expect.poll(() => asked.length).toBe(2)
  await expect(page).toHaveURL(new RegExp(`/entry/${QUARTER}\\?`))
  await expect(quarterPicker).toHaveValue(QUARTER)
  await expect(releases).toHaveValue('7')

  // Saved, the same tab switch goes without a question.
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Saved 1 change/ })).toBeVisible()
  await tabs.getByRole('link', { name: 'System reliability' }).click()
  await expect(page).toHaveURL(/category=reliability/)
  expect(asked).toHaveLength(2)

  // Typed again and agreed to leave: the tab switch goes ahead.
  await page.getByLabel('Uptime', { exact: true }).fill('99.5')
  answerNextDialog(page, true, asked)
  await tabs.getByRole('link', { name: 'Product delivery' }).click()
  await expect(page).toHaveURL(/category=delivery/)
  expect(asked).toHaveLength(3)
})

test('stepping through quarters with the arrow keys loads the page once, on Enter', async ({ page }) => {
  await page.goto(`/?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const picker = page.getByRole('combobox', { name: 'Quarter' })
  // The picker streams in after the page: read its options only once it shows the quarter.
  await expect(picker).toHaveValue(QUARTER)
  const values = await picker.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
  const target = values[values.indexOf(QUARTER) + 2]
  expect(target).toBeDefined()

  await picker.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(picker).toHaveValue(target)
  await expect(page.getByText('Press Enter to show')).toBeVisible()
  // Nothing loaded while stepping: the page still shows the quarter it was opened with.
  await page.waitForTimeout(1000)
  await expect(page).toHaveURL(new RegExp(`quarter=${QUARTER}`))

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`quarter=${target}`))
  await expect(page.getByText('Press Enter to show')).toHaveCount(0)
})

test('a team name that differs only in case and spacing is refused, naming the existing team', async ({ page }) => {
  await page.goto('/teams')
  await page.getByLabel('Team name').fill('  unsaved   EDITS team ')
  await page.getByLabel('Slug').fill('unsaved-edits-team-2')
  await page.getByRole('button', { name: 'Add team' }).click()
  await expect(page.getByText('A team called “Unsaved edits team” already exists')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Archive unsaved EDITS team', exact: true })).toHaveCount(0)
})
