import { expect, type Page } from '@playwright/test'

/** Field label (as a person reads it) → text to type. */
export type Fields = Record<string, string>

/** Adds a team through the Teams page, as an admin does, and waits for the confirmation. */
export async function addTeam(page: Page, team: { name: string; slug: string }) {
  await page.goto('/teams')
  await page.getByLabel('Team name').fill(team.name)
  await page.getByLabel('Slug').fill(team.slug)
  await page.getByRole('button', { name: 'Add team' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Added the team ${team.name} (${team.slug}).` })).toBeVisible()
}

/** Opens one category's entry form for a quarter and scope, the way the navigation does. */
export async function openEntry(page: Page, quarter: string, category: string, scope = 'org') {
  await page.goto(`/entry/${quarter}?scope=${scope}&category=${category}`)
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible()
}

/** Fills fields by their accessible labels, saves, and waits for the confirmation. */
export async function fillAndSave(page: Page, fields: Fields) {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value)
  }
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Saved \d+ changes?|No changes to save/ })).toBeVisible()
}

/** Every metric of a quarter, each exactly at its default target (or benchmark edge), so scores are known. */
export const WHOLE_QUARTER: Record<string, Fields> = {
  delivery: {
    'Releases shipped': '12',
    'Release success rate': '95',
    'Time to market': '30',
    'Roadmap commitments delivered': '80',
  },
  reliability: {
    Uptime: '99.9',
    'Major incidents': '2',
    'Mean time to acknowledge': '15',
    'Mean time to recovery': '4',
  },
  velocity: {
    // Each at the Elite edge of the 2023 benchmarks, which scores 90.
    'Deployment frequency': '1',
    'Lead time for changes': '24',
    'Deployments needing remediation': '2',
    'Production deployments': '40',
    'Failed deployment recovery time': '1',
    'Deployment rework rate': '10',
  },
  security: {
    'Security incidents: critical': '0',
    'Security incidents: high': '1',
    'Security incidents: medium': '4',
    'Security incidents: low': '10',
    'Critical vulnerability remediation time': '15',
    'Open audit findings': '0',
    'Compliance controls passing': '95',
  },
  talent: {
    // 3 leavers over an average of 100 people, annualized: 12%, the default target.
    'Leavers in the quarter': '3',
    'Regretted leavers in the quarter': '1',
    'Headcount at quarter start': '100',
    'Headcount at quarter end': '100',
    'Promoters (9–10)': '50',
    'Passives (7–8)': '30',
    'Detractors (0–6)': '20',
    'Offer acceptance rate': '85',
    'Time to hire': '45',
    'Engineering headcount': '100',
  },
  business: {
    'Revenue from technology initiatives': '1,000,000',
    'Target for Revenue from technology initiatives': '1000000',
    'Cost savings from automation': '250000',
    'Target for Cost savings from automation': '250000',
    'Strategic partnerships enabled': '1',
  },
}
