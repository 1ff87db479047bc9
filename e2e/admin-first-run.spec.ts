import { expect, test } from '@playwright/test'

/**
 * The first-run checklist. Named to run early: its steps are ticked from the shared database, which
 * later specs fill; dismissing it (which this spec does) hides it for every later spec as well.
 * Quarter 2000-Q4 is not used by other specs; the checklist does not depend on it.
 */
const SCORECARD = '/?quarter=2000-Q4&scope=org'

test('admins see the first-run checklist with a link to each step still to do, and a dismissal persists', async ({ page }) => {
  await page.goto(SCORECARD)
  const checklist = page.getByRole('region', { name: 'Getting started' })
  await expect(checklist).toBeVisible()
  await expect(checklist.getByRole('listitem')).toHaveCount(6)
  // DEMO_DATA=0: nothing to remove, so that step is ticked from the data; the organisation is unnamed.
  const demoStep = checklist.getByRole('listitem').filter({ hasText: 'Remove the demo data' })
  await expect(demoStep).toContainText('(done)')
  // A done step keeps its tick but no longer offers the way to do it.
  await expect(demoStep.getByRole('link')).toHaveCount(0)
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Name the organisation' })).toContainText('(to do)')

  // Which other steps are done depends on the specs that ran before this one (they share the
  // database): every step still to do offers a way to do it (entering a quarter offers two), a done one none.
  for (const item of await checklist.getByRole('listitem').all()) {
    const links = item.getByRole('link')
    if (((await item.textContent()) ?? '').includes('(done)')) await expect(links).toHaveCount(0)
    else await expect(links.first()).toBeVisible()
  }
  const expected: [string, RegExp][] = [
    ['Set the organisation name', /\/settings$/],
    ['Create a team', /\/teams$/],
    ['Add people', /\/admin\/users$/],
    ['Enter a quarter', /\/entry\/2000-Q4\?scope=org$/],
    ['Upload a quarter’s file', /\/import\?quarter=2000-Q4&scope=org$/],
    ['Connect GitHub, GitLab or PagerDuty', /\/admin\/connections$/],
  ]
  for (const [name, href] of expected) {
    const link = checklist.getByRole('link', { name })
    if ((await link.count()) > 0) await expect(link).toHaveAttribute('href', href)
  }

  await checklist.getByRole('link', { name: 'Set the organisation name' }).click()
  await expect(page).toHaveURL(/\/settings$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()

  await page.goto(SCORECARD)
  await page.getByRole('button', { name: 'Dismiss checklist' }).click()
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0)

  await page.goto('/admin/audit')
  await expect(page.getByRole('cell', { name: /first-run\.dismiss/ }).first()).toBeVisible()
})
