import { expect, test } from '@playwright/test'
import { fillAndSave, openEntry } from './entry-helpers'

/** What the scorecard says its overall score rests on, and the DORA level table the method page shows. */
test('the scorecard says how many metrics the overall score is based on', async ({ page }) => {
  // A quarter no other spec writes, with one scored figure, before any event (so no measured DORA zeros).
  await openEntry(page, '2001-Q1', 'delivery')
  await fillAndSave(page, { 'Releases shipped': '12' })
  await page.goto('/?quarter=2001-Q1&scope=org')
  const overall = page.getByRole('region', { name: 'Overall score' })
  await expect(overall.getByText('based on 1 of 28 metrics')).toBeVisible()
})

test('How scores work shows the level table, with each set’s bands and its empty levels', async ({ page }) => {
  await page.goto('/how-scores-work')
  const table2024 = page.getByRole('table', { name: /DORA performance levels of the 2024 report/ })
  await expect(table2024.getByRole('rowheader', { name: /Medium\s+scores 50–80/ })).toBeVisible()
  await expect(table2024.getByRole('cell', { name: /no range of its own/ }).first()).toBeVisible()
  await expect(table2024.getByRole('cell', { name: /used: < 24 h \(1 day\)/ }).first()).toBeVisible()
  const table2022 = page.getByRole('table', { name: /DORA performance levels of the 2022 report/ })
  await expect(table2022.getByRole('rowheader', { name: /High\s+scores 80–100/ })).toBeVisible()
  await expect(page.getByText('3 deployments in 91 days is Low')).toBeVisible()
})
