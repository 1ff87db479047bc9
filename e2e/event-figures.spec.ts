import { expect, test, type Locator, type Page } from '@playwright/test'
import { addTeam } from './entry-helpers'

/**
 * Figures computed from events: deployments sent through the events API show on the scorecard with
 * source "events", their n and formula; a person's figure overrides the computed value, which stays
 * shown beside it and keeps being recomputed. The server's recompute job writes them after the batch
 * commits, not the page view, so a page may first show the last computed figures with an
 * "Updating…" status; reloading shows the new ones. Uses its own team "events-override" and the
 * quarter 2021-Q2, which no other spec touches.
 */
const TEAM = { name: 'Events override', slug: 'events-override' }
const QUARTER = '2021-Q2'

async function createIngestToken(page: Page): Promise<string> {
  await page.goto('/admin/tokens')
  await page.getByLabel('Name').fill('Event figures (e2e)')
  await page.getByRole('radio', { name: /^Ingest/ }).check()
  await page.getByRole('button', { name: 'Create token' }).click()
  const token = await page.getByRole('textbox', { name: 'New API token' }).inputValue()
  await page.getByRole('button', { name: 'I have stored it' }).click()
  return token
}

/** Deployments on 1–n May 2021 at noon UTC, each shipping one change committed i hours before. */
function deployments(from: number, to: number, failed: number[] = []) {
  return Array.from({ length: to - from + 1 }, (_, k) => {
    const i = from + k
    const deployedAt = `2021-05-${String(i).padStart(2, '0')}T12:00:00Z`
    const committedAt = new Date(Date.parse(deployedAt) - i * 3_600_000).toISOString()
    return {
      id: `e2e-events-d${i}`,
      deployedAt,
      team: TEAM.slug,
      failed: failed.includes(i),
      commits: [{ sha: `e2e-events-c${i}`, committedAt }],
    }
  })
}

function sourceCell(page: Page, metric: string) {
  return page
    .getByRole('row', { name: new RegExp(`^${metric}`) })
    .getByRole('cell')
    .last()
}

/**
 * Opens `url`, reloading until `region` holds `text`: the recompute job runs right after a batch
 * commits, so this takes a reload at most; the page view itself never computes or writes.
 */
async function openUntilShown(page: Page, url: string, region: () => Locator, text: string) {
  await expect(async () => {
    await page.goto(url)
    await expect(region()).toContainText(text, { timeout: 500 })
  }).toPass({ timeout: 15_000, intervals: [200, 500, 1_000] })
}

test('computed figures show their n and formula, and a saved value overrides them without hiding them', async ({ page, request }) => {
  await addTeam(page, TEAM)
  // A fresh connection per call: between the two batches the browser works for longer than the
  // server's keep-alive timeout, and a reused socket the server is just closing resets the call.
  const headers = { authorization: `Bearer ${await createIngestToken(page)}`, connection: 'close' }

  // Lead times 1, 2, 3 and 4 hours: the median of an even count is the mean of the middle two, 2.5 h.
  const sent = await request.post('/api/v1/deployments', { headers, data: deployments(1, 4, [1]) })
  expect(sent.status()).toBe(200)

  const category = `/category/velocity?quarter=${QUARTER}&scope=${TEAM.slug}`
  await openUntilShown(page, category, () => sourceCell(page, 'Lead time for changes'), 'Computed from events (n = 4)')
  await expect(page.getByRole('status').filter({ hasText: 'Updating…' })).toHaveCount(0)
  const lead = sourceCell(page, 'Lead time for changes')
  await expect(lead).toContainText('Computed from events (n = 4)')
  await expect(lead).toContainText('each change counts at its first deployment, values ≤ 0 ignored')
  await expect(page.getByRole('row', { name: /^Lead time for changes/ })).toContainText('2.5 h')
  await expect(page.getByRole('row', { name: /^Change failure rate/ })).toContainText('25.0%')
  await expect(sourceCell(page, 'Change failure rate')).toContainText('Computed from events (n = 4)')

  await page.goto(`/entry/${QUARTER}?scope=${TEAM.slug}&category=velocity`)
  await expect(page.getByText('Computed from events: 2.5 h, n = 4 — saving a different value overrides it')).toBeVisible()
  await page.getByLabel('Lead time for changes', { exact: true }).fill('30')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Saved \d+ changes? to Engineering velocity/ })).toBeVisible()
  await expect(page.getByText('Computed from events: 2.5 h, n = 4 — the saved value overrides it')).toBeVisible()

  await page.goto(category)
  await expect(page.getByRole('row', { name: /^Lead time for changes/ })).toContainText('30.0 h')
  await expect(sourceCell(page, 'Lead time for changes')).toContainText('Entered by hand')
  await expect(sourceCell(page, 'Lead time for changes')).toContainText('Override of the computed value 2.5 h (n = 4, from events)')

  // More events: the override stands, and the computed value beside it moves (median of 1…6 h = 3.5 h).
  expect((await request.post('/api/v1/deployments', { headers, data: deployments(5, 6) })).status()).toBe(200)
  // A download waits for the recompute of every batch acknowledged before it: six deployments, not four.
  const csv = await request.get(`/api/report/csv?quarter=${QUARTER}&scope=${TEAM.slug}`)
  expect(csv.status()).toBe(200)
  expect(csv.headers()['x-figures-updating']).toBeUndefined()
  const [header, ...rows] = (await csv.text())
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.split(','))
  const frequency = rows.find((cells) => cells[header.indexOf('metric key')] === 'deployment_frequency')
  expect(frequency?.[header.indexOf('n')]).toBe('6')
  const overview = page.getByRole('region', { name: /^Events override · FY2021 Q2/ })
  await openUntilShown(page, `/metric/lead_time_hours?quarter=${QUARTER}&scope=${TEAM.slug}`, () => overview, 'computed value 3.5 h')
  await expect(overview).toContainText('30.0 h')
  await expect(overview).toContainText('Override of the computed value 3.5 h (n = 6, from events)')
})
