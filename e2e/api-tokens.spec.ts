import { expect, test, type Page } from '@playwright/test'
import { addTeam } from './entry-helpers'

/**
 * API tokens: an admin creates tokens in the UI, sees each once, a program uses them on
 * the events API, and a revoked token stops working at once. Uses its own team "api-team" and the
 * quarter 2022-Q1, which no other spec touches.
 */
const TEAM = { name: 'API team', slug: 'api-team' }
const QUARTER = '2022-Q1'

async function createToken(page: Page, name: string, scope: 'Ingest' | 'Read'): Promise<string> {
  await page.goto('/admin/tokens')
  await page.getByLabel('Name').fill(name)
  await page.getByRole('radio', { name: new RegExp(`^${scope}`) }).check()
  await page.getByRole('button', { name: 'Create token' }).click()
  await expect(page.getByText(`Copy the token for “${name}” now. It is shown only this once`)).toBeVisible()
  const token = await page.getByRole('textbox', { name: 'New API token' }).inputValue()
  expect(token).toMatch(/^cto_[A-Za-z0-9_-]{43}$/)
  await page.getByRole('button', { name: 'I have stored it' }).click()
  await expect(page.getByRole('textbox', { name: 'New API token' })).toHaveCount(0)
  await expect(
    page.getByRole('status').filter({ hasText: `Created the ${scope.toLowerCase()} token “${name}” (${token.slice(0, 12)}…).` }),
  ).toBeVisible()
  return token
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

// Lead times 4 h and 10 h (median 7 h); one of the two deployments failed.
const DEPLOYMENTS = [
  {
    id: 'e2e-api-d1',
    deployedAt: '2022-02-01T10:00:00Z',
    team: TEAM.slug,
    commits: [{ sha: 'e2e-api-a1', committedAt: '2022-02-01T06:00:00Z' }],
  },
  {
    id: 'e2e-api-d2',
    deployedAt: '2022-03-01T12:00:00+02:00',
    team: TEAM.slug,
    failed: true,
    commits: [{ sha: 'e2e-api-a2', committedAt: '2022-03-01T00:00:00Z' }],
  },
]

test('an admin creates tokens that are shown once, programs use them by scope, and a revoked token is refused', async ({
  page,
  request,
}) => {
  await addTeam(page, TEAM)

  const ingest = await createToken(page, 'CI deploys (e2e)', 'Ingest')
  // Shown once: neither the page nor a reload shows the token again, only its prefix.
  await page.reload()
  expect(await page.content()).not.toContain(ingest)
  const row = page.getByRole('row', { name: /CI deploys \(e2e\)/ })
  await expect(row).toContainText(`${ingest.slice(0, 12)}…`)
  await expect(row).toContainText('Ingest')
  await expect(row).toContainText('Never')

  const sent = await request.post('/api/v1/deployments', { headers: bearer(ingest), data: DEPLOYMENTS })
  expect(sent.status()).toBe(200)
  expect(await sent.json()).toEqual({ accepted: 2, created: 2, updated: 0, unchanged: 0 })
  const again = await request.post('/api/v1/deployments', { headers: bearer(ingest), data: DEPLOYMENTS })
  expect(await again.json()).toEqual({ accepted: 2, created: 0, updated: 0, unchanged: 2 })

  const bad = await request.post('/api/v1/deployments', {
    headers: bearer(ingest),
    data: [DEPLOYMENTS[0], { ...DEPLOYMENTS[1], team: 'no-such-team' }],
  })
  expect(bad.status()).toBe(400)
  expect(await bad.json()).toMatchObject({
    error: 'invalid item',
    index: 1,
    problem: expect.stringContaining('team: no team has the slug "no-such-team"'),
  })

  const wrong = await request.post('/api/v1/deployments', { headers: bearer(`${ingest.slice(0, -2)}xx`), data: DEPLOYMENTS })
  expect(wrong.status()).toBe(401)
  expect(wrong.headers()['www-authenticate']).toMatch(/^Bearer realm="cto-scorecard", error="invalid_token"/)
  expect((await request.post('/api/v1/deployments', { data: DEPLOYMENTS })).status()).toBe(401)

  // Scopes do not overlap: the ingest token cannot read figures.
  const readWithIngest = await request.get(`/api/v1/figures?quarter=${QUARTER}&scope=${TEAM.slug}`, { headers: bearer(ingest) })
  expect(readWithIngest.status()).toBe(403)

  const read = await createToken(page, 'Board dashboard (e2e)', 'Read')
  const figures = await request.get(`/api/v1/figures?quarter=${QUARTER}&scope=${TEAM.slug}`, { headers: bearer(read) })
  expect(figures.status()).toBe(200)
  const body = (await figures.json()) as {
    quarter: string
    scope: string
    updating: boolean
    figures: { key: string; value: number | null; n: number | null; source: string }[]
  }
  // The answer waited for the recompute of the batch acknowledged just before it.
  expect(body).toMatchObject({ quarter: QUARTER, scope: TEAM.slug, updating: false })
  const byKey = Object.fromEntries(body.figures.map((f) => [f.key, f]))
  expect(byKey.lead_time_hours).toEqual({ key: 'lead_time_hours', value: 7, n: 2, source: 'events' })
  expect(byKey.change_failure_rate).toEqual({ key: 'change_failure_rate', value: 50, n: 2, source: 'events' })
  expect(byKey.deployment_frequency).toMatchObject({ n: 2, source: 'events' })
  expect(byKey.deployment_frequency.value).toBeCloseTo(2 / 90, 10)
  expect((await request.post('/api/v1/deployments', { headers: bearer(read), data: [] })).status()).toBe(403)

  // The list shows the ingest token's last use; revoking asks once more, then refuses it at once.
  await page.reload()
  await expect(row).not.toContainText('Never')
  await row.getByRole('button', { name: /^Revoke CI deploys \(e2e\)/ }).click()
  await expect(row.getByText('Programs using it get 401 at once.')).toBeVisible()
  await row.getByRole('button', { name: 'Revoke token' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Revoked “CI deploys (e2e)”' })).toBeVisible()
  await expect(row).toContainText('Revoked')
  const afterRevoke = await request.post('/api/v1/deployments', { headers: bearer(ingest), data: DEPLOYMENTS })
  expect(afterRevoke.status()).toBe(401)
  // The read token is untouched.
  expect((await request.get(`/api/v1/figures?quarter=${QUARTER}&scope=org`, { headers: bearer(read) })).status()).toBe(200)
})
