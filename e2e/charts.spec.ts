import { expect, test } from '@playwright/test'
import { addTeam, fillAndSave, openEntry } from './entry-helpers'

// A team of its own, so no other spec's figures change what the charts show.
const TEAM = { name: 'Chart check', slug: 'chart-check' }
const EARLIER = '2013-Q3'
const QUARTER = '2013-Q4'

test.describe.configure({ mode: 'serial' })

test('a team whose delivery falls and whose deployments are rare', async ({ page }) => {
  await addTeam(page, TEAM)
  // 12 releases is the default target (80, on track); 6 falls well short of it.
  for (const [quarter, releases, deploys] of [
    [EARLIER, '12', '0.05'],
    [QUARTER, '6', '0.1'],
  ]) {
    await openEntry(page, quarter, 'delivery', TEAM.slug)
    await fillAndSave(page, { 'Releases shipped': releases })
    await openEntry(page, quarter, 'velocity', TEAM.slug)
    await fillAndSave(page, { 'Deployment frequency': deploys })
  }
})

test('a sparkline labels its axis and shows a quarter in a tooltip when pointed at', async ({ page }) => {
  await page.goto(`/?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const card = page.getByRole('region', { name: 'Product delivery' })
  const chart = card.getByRole('img', { name: /^Product delivery score, last 8 quarters, on an axis from \d+ to \d+$/ })
  await expect(chart).toBeVisible()
  const [, low, high] = /from (\d+) to (\d+)/.exec((await chart.getAttribute('aria-label')) ?? '') ?? []
  // Fitted to the two scores rather than 0–100, and the ends are printed beside it.
  expect(Number(low)).toBeGreaterThan(0)
  expect(Number(high)).toBe(90)
  await expect(card.getByText(high, { exact: true })).toBeVisible()
  await expect(card.getByText(low, { exact: true })).toBeVisible()

  // The last quarter sits at the right-hand end of the sparkline.
  const table = card.getByRole('table', { name: /Product delivery score/ })
  await card.getByText(/Show data table/).click()
  const lastRow = table.getByRole('row').last()
  const quarterLabel = (await lastRow.getByRole('rowheader').textContent()) ?? ''
  const score = (await lastRow.getByRole('cell').first().textContent()) ?? ''
  // Measured once the table is open and the chart in view: opening it may scroll the page.
  await chart.scrollIntoViewIfNeeded()
  const box = await chart.boundingBox()
  if (!box) throw new Error('the sparkline has no box')
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2)
  await expect(card.getByTestId('sparkline-tooltip')).toHaveText(new RegExp(`^${quarterLabel}: ${score} \\(`))
  await page.mouse.move(box.x + 2, box.y + box.height / 2)
  await expect(card.getByTestId('sparkline-tooltip')).not.toHaveText(new RegExp(`^${quarterLabel}:`))
})

test("the category page charts the category's score over 8 quarters, with its table", async ({ page }) => {
  await page.goto(`/category/delivery?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const trend = page.getByRole('region', { name: 'Score trend' })
  await expect(trend.getByRole('img', { name: 'Product delivery score, last 8 quarters' })).toBeVisible()
  await trend.getByText('Show data table: Product delivery score, last 8 quarters').click()
  const rows = trend.getByRole('table', { name: 'Product delivery score, last 8 quarters' }).getByRole('row')
  await expect(rows).toHaveCount(9)
  await expect(rows.nth(7).getByRole('cell').first()).toHaveText('80')
  await expect(rows.nth(8).getByRole('cell').nth(1)).not.toHaveText('No score')
  await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('No score')
})

test('deployment frequency is drawn on a log axis ticked at a month, a week and a day, and says why', async ({ page }) => {
  await page.goto(`/metric/deployment_frequency?quarter=${QUARTER}&scope=${TEAM.slug}`)
  const trend = page.getByRole('region', { name: 'Trend' })
  await expect(trend.getByText(/The axis is logarithmic/)).toBeVisible()
  const chart = trend.getByRole('img', { name: /^Deployment frequency, last 8 quarters/ })
  // 0.05 and 0.1 a day, and the target of 1 a day: the axis runs from once a month to once a day.
  for (const tick of ['1.00/month', '1.00/week', '1.00/day']) await expect(chart.getByText(tick, { exact: true })).toBeVisible()
  await expect(chart.getByText('0/day', { exact: true })).toHaveCount(0)
})
