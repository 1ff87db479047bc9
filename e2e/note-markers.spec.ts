import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { addTeam, fillAndSave, openEntry, WHOLE_QUARTER } from './entry-helpers'

// Its own team, so no other spec's figures or notes are in view.
const TEAM = { name: 'Marker team', slug: 'marker-team' }
const QUARTER = '2026-Q3'
const LINE = '14 Aug 2026: Release train'
const MARKER_NAME = new RegExp(`^Notes for .+: ${LINE}$`)

test.describe.configure({ mode: 'serial' })

/** Presses Tab until the marker has focus, as a keyboard user reaches it (no programmatic focus). */
async function tabTo(page: Page, marker: Locator) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab')
    if (await marker.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error('the marker was never reached with Tab')
}

/** The marker shows its text on keyboard focus, hides it on leaving, and shows it again on hover. */
async function readsOnFocusAndHover(page: Page, marker: Locator) {
  const text = page.getByText(LINE, { exact: true }).filter({ visible: true })
  await expect(text).toHaveCount(0)
  await tabTo(page, marker)
  await expect(marker).toBeFocused()
  await expect(text).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(marker).not.toBeFocused()
  await expect(text).toHaveCount(0)
  await marker.hover()
  await expect(text).toBeVisible()
  await page.mouse.move(0, 0)
  await expect(text).toHaveCount(0)
}

test('a note about a metric is marked on its category’s score trend, its scorecard sparkline and the report’s trend', async ({ page }) => {
  await addTeam(page, TEAM)
  await openEntry(page, QUARTER, 'delivery', TEAM.slug)
  await fillAndSave(page, WHOLE_QUARTER.delivery)

  await page.goto(`/metric/releases?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const notes = page.getByRole('region', { name: 'Notes on the timeline' })
  await notes.getByRole('button', { name: 'Add a note' }).click()
  await notes.getByLabel('Day').fill('2026-08-14')
  await notes.getByLabel('Note', { exact: true }).fill('Release train')
  await notes.getByRole('button', { name: 'Add note' }).click()
  await expect(notes.getByRole('listitem')).toContainText('14 Aug 2026 Release train')

  // The category's score trend: the metric is part of the category's score.
  await page.goto(`/category/delivery?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const trend = page.getByRole('region', { name: 'Score trend' })
  await readsOnFocusAndHover(page, trend.getByRole('img', { name: MARKER_NAME }))

  // The scorecard: the delivery card's sparkline marks it; a card of another category and the overall score do not.
  await page.goto(`/?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const card = page.getByRole('region', { name: 'Product delivery' })
  const marker = card.getByRole('img', { name: MARKER_NAME })
  await expect(marker).toHaveCount(1)
  await readsOnFocusAndHover(page, marker)
  await expect(page.getByRole('img', { name: /^Notes for / })).toHaveCount(1)
  // One tab stop: from the marker, Tab goes on to the card's data table, not through the notes.
  await marker.focus()
  await page.keyboard.press('Tab')
  await expect(card.getByText(/^Show data table: Product delivery score/)).toBeFocused()

  // The board report's delivery section marks its trend and lists the note, numbered.
  await page.goto(`/report?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const section = page.getByRole('region', { name: 'Product delivery', exact: true })
  await readsOnFocusAndHover(page, section.getByRole('img', { name: MARKER_NAME }))
  await expect(section.getByRole('listitem').filter({ hasText: `${LINE} (Releases shipped (metric))` })).toBeVisible()
  await expect(page.getByRole('region', { name: 'System reliability', exact: true }).getByRole('img', { name: /^Notes for / })).toHaveCount(
    0,
  )
})

test('axe finds nothing serious or critical on the pages that carry the markers', async ({ page }) => {
  test.setTimeout(120_000)
  for (const url of [
    `/?quarter=${QUARTER}&scope=${TEAM.slug}`,
    `/category/delivery?quarter=${QUARTER}&scope=${TEAM.slug}`,
    `/report?quarter=${QUARTER}&scope=${TEAM.slug}`,
  ]) {
    await page.goto(url)
    await expect(page.getByRole('img', { name: MARKER_NAME }).first()).toBeVisible()
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    expect(results.passes.length, url).toBeGreaterThan(0)
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${url} ${v.id}`)
    expect(serious).toEqual([])
  }
})
