import { createHmac } from 'node:crypto'
import examples from '@octokit/webhooks-examples'
import { expect, test } from '@playwright/test'

/**
 * Connections: an admin adds a GitHub connection, maps a repository to a team, GitHub's own example
 * deployment (from @octokit/webhooks-examples) arrives signed with the secret, shows in the delivery
 * log, and the team's velocity figures name github as their source. Uses the team "hooks-team" and
 * the quarter 2019-Q2 of the example, which no other spec touches.
 */
const TEAM = { name: 'Hooks team', slug: 'hooks-team' }
const REPO = 'Codertocat/Hello-World'

function deploymentExample(): Record<string, unknown> {
  const found = examples
    .find((e) => e.name === 'deployment_status')
    ?.examples.find((p) => (p as { deployment_status: { state: string } }).deployment_status.state === 'success')
  if (!found) throw new Error('no deployment_status example')
  return structuredClone(found) as Record<string, unknown>
}

test('an admin connects GitHub, maps a repository, sees a signed delivery in the log and the figure from github', async ({
  page,
  request,
}) => {
  await page.goto('/teams')
  await page.getByLabel('Team name').fill(TEAM.name)
  await page.getByLabel('Slug').fill(TEAM.slug)
  await page.getByRole('button', { name: 'Add team' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Added the team ${TEAM.name}` })).toBeVisible()

  await page.goto('/admin/connections')
  await page.getByLabel('Provider').selectOption('github')
  await page.getByLabel('Name', { exact: true }).fill('Codertocat (e2e)')
  await page.getByRole('button', { name: 'Add connection' }).click()
  await expect(page.getByText('Copy the secret of “Codertocat (e2e)” now')).toBeVisible()
  const secret = await page.getByRole('textbox', { name: 'Secret', exact: true }).inputValue()
  const url = new URL(await page.getByRole('textbox', { name: 'Webhook URL', exact: true }).inputValue())
  expect(url.pathname).toMatch(/^\/api\/v1\/webhooks\/github\/\w+$/)
  await page.getByRole('button', { name: 'I have stored it' }).click()
  // Shown once: the page no longer holds the secret.
  await page.reload()
  expect(await page.content()).not.toContain(secret)

  const card = page.locator('section').filter({ has: page.getByRole('heading', { name: /^Codertocat \(e2e\)/ }) })
  await card.getByLabel('Repository (owner/repo)').fill(REPO)
  await card.getByLabel('Team', { exact: true }).selectOption(TEAM.slug)
  await card.getByRole('button', { name: 'Save mapping' }).click()
  await expect(card.getByText(`${REPO} → ${TEAM.name}`)).toBeVisible()

  const body = JSON.stringify(deploymentExample())
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
  const headers = { 'content-type': 'application/json', 'x-github-event': 'deployment_status', 'x-hub-signature-256': signature }
  const sent = await request.post(url.pathname, { headers, data: body })
  expect(sent.status()).toBe(200)
  const forged = await request.post(url.pathname, {
    headers: { ...headers, 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
    data: body,
  })
  expect(forged.status()).toBe(401)

  await page.reload()
  const log = page.getByRole('table', { name: 'Delivery log of Codertocat (e2e)' })
  await expect(log.getByRole('row', { name: /deployment_status\.created\s+stored/ })).toBeVisible()
  await expect(log.getByRole('row', { name: /deployment_status\s+refused\s+the signature does not match the secret/ })).toBeVisible()

  await page.goto(`/category/velocity?quarter=2019-Q2&scope=${TEAM.slug}`)
  const frequency = page.getByRole('row', { name: /^Deployment frequency/ })
  await expect(frequency.getByRole('cell').last()).toContainText('Computed from events via github (n = 1)')
})
