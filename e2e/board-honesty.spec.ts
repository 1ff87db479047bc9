import { expect, test } from '@playwright/test'
import { addTeam, fillAndSave, openEntry } from './entry-helpers'
import { e2eSql } from './support/e2e-database'

/**
 * What the board reads is what was decided: the current quarter says it is in progress (and asks
 * before it is published), and figures from the demo data carry a banner. Uses its own team
 * "honesty-check", which no other spec touches.
 */
const TEAM = { name: 'Honesty check', slug: 'honesty-check' }

/** The calendar quarter of today in UTC, e.g. "2026-Q4" (the organisation's zone may differ by a day; the notice is matched loosely). */
function currentQuarter(): string {
  const now = new Date()
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`
}

test.describe.configure({ mode: 'serial' })

test('the current quarter says it is in progress, and publishing it asks for an explicit confirmation', async ({ page }) => {
  await addTeam(page, TEAM)

  const quarter = currentQuarter()
  await openEntry(page, quarter, 'delivery', TEAM.slug)
  await fillAndSave(page, { 'Releases shipped': '7' })

  await page.goto(`/?quarter=${quarter}&scope=${TEAM.slug}`)
  await expect(page.getByRole('note', { name: 'Quarter in progress' })).toContainText(/is in progress: day \d{1,2} of 9[012]\./)
  await expect(page.getByRole('note', { name: 'Demo data' })).toHaveCount(0)
  // Its statuses are provisional wherever they show: the overall score, the category card ...
  const provisional = /(On track|At risk|Off track) \(provisional\)$/
  await expect(page.getByRole('region', { name: 'Overall score' }).getByText(provisional).first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Product delivery', exact: true }).getByText(provisional).first()).toBeVisible()
  // ... the category page, its score and each scored figure, and the metric page.
  await page.goto(`/category/delivery?quarter=${quarter}&scope=${TEAM.slug}`)
  await expect(page.getByRole('region', { name: 'Product delivery score' }).getByText(provisional)).toBeVisible()
  await expect(page.getByRole('row', { name: /Releases shipped/ }).getByText(provisional)).toBeVisible()
  await page.goto(`/metric/releases?quarter=${quarter}&scope=${TEAM.slug}`)
  await expect(page.getByRole('region', { name: /Honesty check/ }).getByText(provisional)).toBeVisible()
  await page.goto(`/?quarter=${quarter}&scope=${TEAM.slug}`)

  await page.getByRole('button', { name: /^Publish FY\d{4} Q\d$/ }).click()
  const confirm = page.getByRole('group', { name: /^Publish FY\d{4} Q\d for Honesty check/ })
  const early = confirm.getByRole('checkbox', { name: /has not ended \(in progress: day \d+ of \d+\)\. I publish it before it ends/ })
  await expect(early).not.toBeChecked()
  // Without the confirmation the form does not go: the quarter stays unpublished.
  await confirm.getByRole('button', { name: /^Yes, publish FY\d{4} Q\d$/ }).click()
  await expect(early).toHaveJSProperty('validity.valueMissing', true)
  await expect(page.getByText(/^Published .+ by /)).toHaveCount(0)

  await early.check()
  await confirm.getByRole('button', { name: /^Yes, publish FY\d{4} Q\d$/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Published FY\d{4} Q\d\. Its figures are locked/ })).toBeVisible()

  // The board report of the quarter says so on its cover too.
  await page.goto(`/report?quarter=${quarter}&scope=${TEAM.slug}`)
  const cover = page.getByRole('region').filter({ hasText: 'Engineering scorecard · Board report' })
  await expect(cover).toContainText(/FY\d{4} Q\d is in progress: day \d+ of \d+: every figure, score and status is provisional/)
  await expect(
    page
      .getByRole('row', { name: /Releases shipped/ })
      .first()
      .getByText(/ \(provisional\)$/),
  ).toBeVisible()
})

test('a scorecard with demo figures shows the demo banner, and so does its board report', async ({ page }) => {
  // Demo figures come only from the demo data loaded on a first start, which the browser tests skip;
  // one row as that loader writes it (source "demo") stands in for it, in this spec's own team.
  const [team] = await e2eSql<{ id: string }>`SELECT "id" FROM "Team" WHERE "slug" = ${TEAM.slug}`
  const now = new Date().toISOString().replace('Z', '+00:00')
  await e2eSql`INSERT INTO "Figure" ("scope", "quarter", "metricKey", "value", "source", "updatedBy", "updatedAt")
    VALUES (${team.id}, ${'2024-Q2'}, ${'releases'}, ${11}, ${'demo'}, ${'system'}, ${now})`
  await page.goto(`/?quarter=2024-Q2&scope=${TEAM.slug}`)
  await expect(page.getByRole('note', { name: 'Demo data' })).toContainText('The figures on this page are examples loaded with the app')
  await expect(page.getByRole('note', { name: 'Quarter in progress' })).toHaveCount(0)
  await page.goto(`/report?quarter=2024-Q2&scope=${TEAM.slug}`)
  await expect(page.getByRole('note', { name: 'Demo data' })).toBeVisible()
})
