import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import examples from '@octokit/webhooks-examples'
import { expect, test } from '@playwright/test'
import { ADMIN } from './accounts'
import { addTeam } from './entry-helpers'

/**
 * Connections: an admin adds a GitHub connection, maps a repository to a team, GitHub's own example
 * deployment (from @octokit/webhooks-examples) arrives signed with the secret, shows in the delivery
 * log, and the team's velocity figures name github as their source. Uses the team "hooks-team" and
 * the quarter 2019-Q2 of the example, which no other spec touches. Then a PagerDuty incident's link to
 * that deployment is corrected and removed by hand, and the PagerDuty connection is deleted after its
 * name is typed.
 */
const TEAM = { name: 'Hooks team', slug: 'hooks-team' }
const REPO = 'Codertocat/Hello-World'

test.describe.configure({ mode: 'serial' })

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
  await addTeam(page, TEAM)

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
  const headers = {
    'content-type': 'application/json',
    'x-github-event': 'deployment_status',
    'x-hub-signature-256': signature,
    'accept-encoding': 'gzip, deflate, br',
  }
  const sent = await request.post(url.pathname, { headers, data: body })
  expect(sent.status()).toBe(200)
  // A webhook's short answer is sent as it is: compressing it costs the server more than it saves.
  expect(sent.headers()['content-encoding']).toBeUndefined()
  const forged = await request.post(url.pathname, {
    headers: { ...headers, 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
    data: body,
  })
  expect(forged.status()).toBe(401)

  // The 200 means queued (stored durably); the server's delivery queue applies it moments later.
  const log = page.getByRole('table', { name: 'Delivery log of Codertocat (e2e)' })
  await expect(async () => {
    await page.reload()
    await expect(log.getByRole('row', { name: /deployment_status\.created\s+stored/ })).toBeVisible({ timeout: 1_000 })
  }).toPass()
  await expect(page.getByText('Every delivery received has been applied.').first()).toBeVisible()
  await expect(log.getByRole('row', { name: /deployment_status\s+refused\s+the signature does not match the secret/ })).toBeVisible()

  await page.goto(`/category/velocity?quarter=2019-Q2&scope=${TEAM.slug}`)
  const frequency = page.getByRole('row', { name: /^Deployment frequency/ })
  await expect(frequency.getByRole('cell').last()).toContainText('Computed from events via github (n = 1)')
})

test('a person corrects and removes an incident’s link to a deployment; a resend keeps it; deleting a connection asks for its name', async ({
  page,
  request,
}) => {
  // The GitHub connection of the test before deployed the example's deployment: link the incident to it.
  await page.goto('/admin/connections')
  const githubUrl = new URL(await page.getByRole('textbox', { name: 'Webhook URL of Codertocat (e2e)' }).inputValue())
  const deployment = `github:${githubUrl.pathname.split('/').at(-1)}:deployment:${(deploymentExample().deployment as { id: number }).id}`

  const name = 'On-call (e2e)'
  const add = page.getByRole('form', { name: 'Add a connection' })
  await add.getByLabel('Provider').selectOption('pagerduty')
  await add.getByLabel('Name', { exact: true }).fill(name)
  await page.getByRole('button', { name: 'Add connection' }).click()
  const secret = await page.getByRole('textbox', { name: 'Secret', exact: true }).inputValue()
  const url = new URL(await page.getByRole('textbox', { name: 'Webhook URL', exact: true }).inputValue())
  await page.getByRole('button', { name: 'I have stored it' }).click()

  // PagerDuty's documented incident event (tooling/fixtures/webhooks), signed as PagerDuty signs it.
  const payload = JSON.parse(readFileSync('tooling/fixtures/webhooks/pagerduty-incident.json', 'utf8')) as {
    event: Record<string, unknown>
  }
  payload.event.event_type = 'incident.triggered'
  const body = JSON.stringify(payload)
  const deliver = () =>
    request.post(url.pathname, {
      headers: {
        'content-type': 'application/json',
        'x-pagerduty-signature': `v1=${createHmac('sha256', secret).update(body).digest('hex')}`,
      },
      data: body,
    })
  expect((await deliver()).status()).toBe(200)
  const incident = `pagerduty:${url.pathname.split('/').at(-1)}:PGR0VU2`

  const row = page.getByRole('table', { name: `Incidents from ${name}` }).getByRole('row', { name: new RegExp(incident) })
  await expect(async () => {
    await page.reload()
    await expect(row).toContainText('not linked', { timeout: 1_000 })
  }).toPass()
  const field = row.getByLabel(`Deployment id for ${incident}`)
  await field.fill('no-such-deployment')
  await row.getByRole('button', { name: 'Save link' }).click()
  await expect(row.getByRole('alert')).toHaveText('No deployment has the id "no-such-deployment".')

  await field.fill(deployment)
  await row.getByRole('button', { name: 'Save link' }).click()
  await expect(row.getByRole('status')).toHaveText(`Linked ${incident} to ${deployment}.`)
  await expect(row).toContainText(`linked by ${ADMIN.email}`)
  // PagerDuty sends it again: the person's link stands.
  expect((await deliver()).status()).toBe(200)
  // Once the queue has applied the resend (no delivery waits), the person's link must still stand.
  await expect(async () => {
    await page.reload()
    await expect(page.getByText(/queued: stored, and waiting to be applied/)).toHaveCount(0, { timeout: 1_000 })
  }).toPass()
  await expect(row).toContainText(`linked by ${ADMIN.email}`)
  await expect(row.getByRole('cell').nth(3)).toContainText(deployment)

  await row.getByRole('button', { name: 'Remove link' }).click()
  await expect(row).toContainText(`link removed by ${ADMIN.email}`)

  // Deleting asks first, says what goes and what stays, and wants the name typed.
  const card = page.locator('section').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }) })
  await card.getByRole('button', { name: 'Delete connection…' }).click()
  const confirm = page.getByRole('group', { name: `Delete ${name}?` })
  await expect(confirm).toBeFocused()
  await expect(confirm).toContainText('its 0 source mappings and its delivery log (2 deliveries)')
  await expect(confirm).toContainText('The deployments, changes and incidents it stored stay')
  await confirm.getByLabel(`Type ${name} to confirm`).fill('On-call')
  await confirm.getByRole('button', { name: `Delete ${name}` }).click()
  await expect(confirm.getByRole('alert')).toHaveText(`Type the connection’s name, ${name}, to delete it.`)
  await page.reload()
  await expect(page.getByRole('heading', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) })).toBeVisible()

  // Cancel with the keyboard, then delete for real.
  await card.getByRole('button', { name: 'Delete connection…' }).click()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(card.getByRole('button', { name: 'Delete connection…' })).toBeFocused()
  await card.getByRole('button', { name: 'Delete connection…' }).click()
  await confirm.getByLabel(`Type ${name} to confirm`).fill(name)
  await confirm.getByRole('button', { name: `Delete ${name}` }).click()
  await expect(page.getByRole('heading', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) })).toHaveCount(0)
  // The webhook URL is gone; the incident it stored stays (its delivery answers 404, not a second copy).
  expect((await deliver()).status()).toBe(404)
})
