import { expect, test } from '@playwright/test'
import { addTeam, openEntry } from './entry-helpers'

// Its own team, so no other spec's figures or notes are in view.
const TEAM = { name: 'Notes team', slug: 'notes-team' }
const QUARTER = '2026-Q3'

test.describe.configure({ mode: 'serial' })

test('an editor adds a dated note, sees it on the chart by keyboard focus, edits it and deletes it', async ({ page }) => {
  await addTeam(page, TEAM)

  await page.goto(`/metric/releases?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const notes = page.getByRole('region', { name: 'Notes on the timeline' })
  // The form is drawn on request: closed, it has no fields; opened, the cursor is in its first one.
  const addNote = notes.getByRole('button', { name: 'Add a note' })
  await expect(addNote).toHaveAttribute('aria-expanded', 'false')
  await expect(notes.getByLabel('Day')).toHaveCount(0)
  await addNote.click()
  await expect(addNote).toHaveAttribute('aria-expanded', 'true')
  await expect(notes.getByLabel('Day')).toBeFocused()
  await notes.getByLabel('Day').fill('2026-08-14')
  await notes.getByLabel('Note', { exact: true }).fill('Payments re-platforming')
  await expect(notes.getByLabel('About')).toHaveValue('metric:releases')
  await notes.getByRole('button', { name: 'Add note' }).click()
  await expect(notes.getByRole('listitem')).toContainText('14 Aug 2026 Payments re-platforming')
  // Cancel closes the emptied form and gives the focus back to the button that opened it.
  await notes.getByRole('button', { name: 'Cancel' }).click()
  await expect(addNote).toBeFocused()
  await expect(notes.getByLabel('Day')).toHaveCount(0)

  // The chart marks the quarter holding the day; focus alone shows the text.
  const marker = page.getByRole('img', { name: /Notes for .*: 14 Aug 2026: Payments re-platforming/ })
  await marker.focus()
  await expect(marker).toBeFocused()
  await expect(marker.getByText('14 Aug 2026: Payments re-platforming')).toBeVisible()

  await notes.getByRole('button', { name: 'Edit note 14 Aug 2026: Payments re-platforming' }).click()
  await notes.getByRole('listitem').getByLabel('Note', { exact: true }).fill('Payments re-platforming, phase 2')
  await notes.getByRole('button', { name: 'Save note' }).click()
  await expect(notes.getByRole('listitem')).toContainText('14 Aug 2026 Payments re-platforming, phase 2')

  await notes.getByRole('button', { name: 'Delete note 14 Aug 2026: Payments re-platforming, phase 2' }).click()
  await expect(notes.getByRole('group', { name: 'Confirm deleting the note' })).toBeFocused()
  await notes.getByRole('button', { name: 'Delete the note' }).click()
  await expect(notes.getByText('No notes yet.')).toBeVisible()
  await expect(page.getByRole('img', { name: /Notes for/ })).toHaveCount(0)
})

test('the investment mix must add up to 100: 90 is refused with its sum and nothing saved, 100 is saved', async ({ page }) => {
  const shares = { 'Time on new capabilities': '50', 'Time keeping the lights on': '25', 'Time on technical debt': '15' }
  await openEntry(page, QUARTER, 'business', TEAM.slug)
  const mix = page.getByRole('group', { name: 'Investment mix' })
  await expect(mix).toContainText('must add up to 100 (± 1)')
  for (const [label, value] of Object.entries(shares)) await page.getByLabel(label, { exact: true }).fill(value)
  await expect(mix).toContainText('Now they add up to 90.')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(mix).toContainText('These add up to 90.')
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved.' })).toBeVisible()

  await page.reload()
  await expect(page.getByLabel('Time on new capabilities', { exact: true })).toHaveValue('')

  for (const [label, value] of Object.entries({ ...shares, 'Time on new capabilities': '60' })) {
    await page.getByLabel(label, { exact: true }).fill(value)
  }
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Saved 3 changes/ })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Time on new capabilities', { exact: true })).toHaveValue('60')
})
