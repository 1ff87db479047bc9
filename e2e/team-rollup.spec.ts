import { expect, test, type Page } from '@playwright/test'
import { addTeam, fillAndSave, openEntry } from './entry-helpers'

/**
 * Teams' figures roll up into the organisation where it has none of its own. The quarter is one no
 * other spec writes, before any event a spec sends (so no measured DORA zeros), and the teams are
 * this spec's own. Other specs add teams to the shared database, so M of "from K of M teams" is read
 * from the scope picker, which lists the organisation and every active team.
 */
const QUARTER = '2000-Q4'
const TEAMS = [
  { name: 'Rollup A', slug: 'ru-a', releases: '4', failed: '2', deployments: '40' },
  { name: 'Rollup B', slug: 'ru-b', releases: '6', failed: '6', deployments: '20' },
  { name: 'Rollup C', slug: 'ru-c', releases: '5', failed: null, deployments: null },
]

test.describe.configure({ mode: 'serial' })

function sourceCell(page: Page, metric: string) {
  return page
    .getByRole('row', { name: new RegExp(`^${metric}`) })
    .getByRole('cell')
    .last()
}

/** Active teams: the scope picker's options less the organisation. */
async function activeTeams(page: Page): Promise<number> {
  const options = page.getByRole('combobox', { name: 'Scope' }).getByRole('option')
  // The picker streams in after the page's first bytes: count its options only once they are there.
  await expect(options.filter({ hasText: 'Rollup C' })).toHaveCount(1)
  return (await options.count()) - 1
}

test('three teams’ figures roll up into the organisation’s scorecard, scored, and an entered figure wins beside them', async ({ page }) => {
  for (const team of TEAMS) {
    await addTeam(page, team)
    await openEntry(page, QUARTER, 'delivery', team.slug)
    await fillAndSave(page, { 'Releases shipped': team.releases })
    if (team.failed && team.deployments) {
      await openEntry(page, QUARTER, 'velocity', team.slug)
      await fillAndSave(page, { 'Deployments needing remediation': team.failed, 'Production deployments': team.deployments })
    }
  }

  await page.goto(`/?quarter=${QUARTER}&scope=org`)
  const m = await activeTeams(page)
  expect(m).toBeGreaterThanOrEqual(3)
  const delivery = page.getByRole('region', { name: 'Product delivery' })
  await expect(delivery).toContainText(`1 figure rolled up from 3 of ${m} teams`)
  // 15 releases against the default target of 12 score above on-track, not "no score".
  await expect(delivery.getByText(/^\d+$/).first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Engineering velocity' })).toContainText(`1 figure rolled up from 2 of ${m} teams`)

  await page.goto(`/category/delivery?quarter=${QUARTER}&scope=org`)
  const releases = page.getByRole('row', { name: /^Releases shipped/ })
  await expect(releases.getByRole('cell').first()).toHaveText('15')
  await expect(releases.getByRole('cell').nth(2)).toHaveText(/^\d+/)
  await expect(sourceCell(page, 'Releases shipped')).toContainText('Rolled up from teams')
  await expect(sourceCell(page, 'Releases shipped')).toContainText(`teams’ sum, from 3 of ${m} teams`)

  // Change failure rate: 2 of 40 and 6 of 20 deployments are 8 of 60, weighted by n, not the mean of 5% and 30%.
  await page.goto(`/category/velocity?quarter=${QUARTER}&scope=org`)
  await expect(
    page
      .getByRole('row', { name: /^Change failure rate/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(/^13\.3%\s*n = 60$/)
  await expect(sourceCell(page, 'Change failure rate')).toContainText(`teams’ n-weighted mean, n = 60, from 2 of ${m} teams`)

  // The metric page states the rule.
  await page.goto(`/metric/releases?quarter=${QUARTER}&scope=org`)
  await expect(page.getByRole('definition').filter({ hasText: 'Sum of the active teams’ figures.' })).toBeVisible()

  // An organisation figure entered by hand wins; as it differs, the teams' sum shows beside it.
  await openEntry(page, QUARTER, 'delivery')
  await fillAndSave(page, { 'Releases shipped': '12' })
  await page.goto(`/category/delivery?quarter=${QUARTER}&scope=org`)
  await expect(
    page
      .getByRole('row', { name: /^Releases shipped/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('12')
  await expect(sourceCell(page, 'Releases shipped')).toContainText('Entered by hand')
  await expect(sourceCell(page, 'Releases shipped')).toContainText(`entered 12; teams sum to 15 (from 3 of ${m} teams)`)
  await page.goto(`/?quarter=${QUARTER}&scope=org`)
  await expect(page.getByRole('region', { name: 'Product delivery' })).not.toContainText('rolled up')

  // The board report's CSV says the same.
  const csv = await (await page.request.get(`/api/report/csv?quarter=${QUARTER}&scope=org`)).text()
  expect(csv).toContain(`entered 12; teams sum to 15 (from 3 of ${m} teams)`)
  expect(csv).toContain(`teams’ n-weighted mean, n = 60, from 2 of ${m} teams`)
})
