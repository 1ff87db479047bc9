import examples from '@octokit/webhooks-examples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { githubRequest } from '@/tooling/webhook-signing'
import { closeWebhookTestDb, openWebhookTestDb, post, type WebhookTestDb } from '@/tooling/webhook-test-db'

// GitHub's own example payloads (@octokit/webhooks-examples), signed as GitHub signs them.
function example(name: string, pick: (p: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const found = examples.find((e) => e.name === name)?.examples.find((p) => pick(p as Record<string, unknown>))
  if (!found) throw new Error(`no ${name} example`)
  return structuredClone(found) as Record<string, unknown>
}
const deploymentSuccess = () =>
  example('deployment_status', (p) => (p as { deployment_status: { state: string } }).deployment_status.state === 'success')
const pushToMaster = () => example('push', (p) => p.ref === 'refs/heads/master')

let t: WebhookTestDb
let id = ''
let secret = ''
const url = () => `http://localhost/api/v1/webhooks/github/${id}`
const send = (event: string, payload: unknown, key = secret) => post(t, 'github', id, githubRequest(url(), event, payload, key))
const counts = async () => ({
  deployments: await t.db.prisma.deployment.count(),
  commits: await t.db.prisma.deploymentCommit.count(),
  pushed: await t.db.prisma.pushedCommit.count(),
  audit: await t.db.prisma.auditEvent.count(),
})

beforeAll(async () => {
  t = await openWebhookTestDb('webhooks-github')
  const team = await t.db.prisma.team.create({ data: { slug: 'platform', name: 'Platform' } })
  const created = await t.connections.createConnection({ provider: 'github', name: 'Codertocat' }, 'test')
  if (!created.ok) throw new Error('no connection')
  ;({ id, secret } = created)
  await t.connections.mapSource({ connectionId: id, sourceId: 'Codertocat/Hello-World', team: team.slug }, 'test')
}, 120_000)
afterAll(() => closeWebhookTestDb(t))

describe('GitHub webhooks', () => {
  it('answers ping with 200 and logs it as ignored', async () => {
    expect(await send('ping', example('ping'))).toMatchObject({ status: 200, body: { outcome: 'ignored' } })
    const [line] = await t.db.prisma.delivery.findMany({ orderBy: { id: 'desc' }, take: 1 })
    expect(line).toMatchObject({ eventType: 'ping', outcome: 'ignored', reason: 'ping: GitHub checks the URL and the secret; both work' })
  })

  it('refuses a wrong signature with 401, stores nothing, and logs the refusal without the body', async () => {
    const before = await counts()
    expect(await send('deployment_status', deploymentSuccess(), 'not-the-secret-0123456789')).toMatchObject({
      status: 401,
      body: { outcome: 'refused' },
    })
    expect(await counts()).toEqual(before)
    const [line] = await t.db.prisma.delivery.findMany({ orderBy: { id: 'desc' }, take: 1 })
    expect(line).toMatchObject({ eventType: 'deployment_status', outcome: 'refused', reason: 'the signature does not match the secret' })
  })

  it('stores a push, then a production deployment of its head with the pushed change, for the mapped team, from source github', async () => {
    const push = pushToMaster()
    expect(await send('push', push)).toMatchObject({ status: 200, body: { outcome: 'stored', reason: '1 of 1 commits to master stored' } })
    // The package's deployment example deploys another sha than its push example; here it deploys the pushed head.
    const headSha = (push.head_commit as { id: string }).id
    const deployment = deploymentSuccess()
    ;(deployment.deployment as { sha: string }).sha = headSha
    expect(await send('deployment_status', deployment)).toMatchObject({ status: 200, body: { outcome: 'stored' } })
    const stored = await t.db.prisma.deployment.findFirstOrThrow({ include: { commits: true } })
    const team = await t.db.prisma.team.findUniqueOrThrow({ where: { slug: 'platform' } })
    expect(stored).toMatchObject({ teamId: team.id, service: 'Codertocat/Hello-World', failed: false, source: 'github' })
    expect(stored.deployedAt.toISOString()).toBe('2019-05-15T15:20:55.000Z')
    expect(stored.commits.map((c) => [c.sha, c.committedAt.toISOString()])).toEqual([[headSha, '2019-05-15T15:19:25.000Z']])
  })

  it('changes nothing on a redelivery of the same deployment status', async () => {
    const before = await counts()
    const deployment = deploymentSuccess()
    ;(deployment.deployment as { sha: string }).sha = (pushToMaster().head_commit as { id: string }).id
    expect(await send('deployment_status', deployment)).toMatchObject({
      status: 200,
      body: { outcome: 'stored', reason: expect.stringContaining('unchanged (already stored)') },
    })
    expect(await send('push', pushToMaster())).toMatchObject({
      status: 200,
      body: { reason: '0 of 1 commits to master stored (the rest were already)' },
    })
    expect(await counts()).toEqual(before)
  })

  it('counts a deployment whose push was never seen without inventing commits', async () => {
    const unseen = deploymentSuccess()
    ;(unseen.deployment as { id: number }).id = 145988747
    expect(await send('deployment_status', unseen)).toMatchObject({
      status: 200,
      body: { outcome: 'stored', reason: expect.stringContaining('(0 changes, team platform)') },
    })
    const d = await t.db.prisma.deployment.findUniqueOrThrow({
      where: { externalId: `github:${id}:deployment:145988747` },
      include: { commits: true },
    })
    expect(d.commits).toEqual([])
  })

  it('ignores other environments and event types with 200, logged with the reason', async () => {
    const pages = example(
      'deployment_status',
      (p) => (p as { deployment_status: { environment: string } }).deployment_status.environment === 'github-pages',
    )
    expect(await send('deployment_status', pages)).toMatchObject({
      status: 200,
      body: { outcome: 'ignored', reason: 'environment "github-pages" is not production under the rules' },
    })
    expect(await send('star', example('star'))).toMatchObject({
      status: 200,
      body: { outcome: 'ignored', reason: 'event "star" is not one the app reads' },
    })
  })

  it('gives the figures with source github: deployment frequency and lead time for the team', async () => {
    const team = await t.db.prisma.team.findUniqueOrThrow({ where: { slug: 'platform' } })
    await t.recompute.recomputeEventFigures([{ scope: team.id, quarter: '2019-Q2' }])
    const figures = await t.db.prisma.figure.findMany({ where: { scope: team.id, quarter: '2019-Q2' } })
    const byKey = new Map(figures.map((f) => [f.metricKey, f]))
    // Two deployments in a 91-day quarter; one change, committed 90 s before it was deployed.
    expect(byKey.get('deployment_frequency')).toMatchObject({ value: 2 / 91, n: 2, source: 'events', sourceRef: 'github' })
    expect(byKey.get('lead_time_hours')).toMatchObject({ value: 90 / 3600, n: 1, sourceRef: 'github' })
  })

  it('marks the deployment that shipped a reverted pull request failed when the revert is merged', async () => {
    // The pushed commit merged pull request #2; the package's closed pull request, merged as its revert.
    const push = pushToMaster()
    const commit = (push.commits as { id: string; message: string }[])[0]
    commit.id = 'a'.repeat(40)
    commit.message = 'Merge pull request #2 from Codertocat/changes'
    ;(push.head_commit as { id: string }).id = commit.id
    await send('push', push)
    const deployment = deploymentSuccess()
    Object.assign(deployment.deployment as object, { id: 145988748, sha: commit.id })
    Object.assign(deployment.deployment_status as object, { created_at: '2019-05-16T10:00:00Z' })
    await send('deployment_status', deployment)
    const revert = example('pull_request', (p) => p.action === 'closed')
    Object.assign(revert.pull_request as object, {
      merged: true,
      title: 'Revert "Update the README with new information."',
      body: 'Reverts Codertocat/Hello-World#2',
    })
    expect(await send('pull_request', revert)).toMatchObject({
      status: 200,
      body: { outcome: 'stored', reason: 'revert of #2: marked 1 deployment(s) failed' },
    })
    const marked = await t.db.prisma.deployment.findUniqueOrThrow({ where: { externalId: `github:${id}:deployment:145988748` } })
    expect(marked).toMatchObject({ failed: true, source: 'github' })
    const before = await counts()
    expect(await send('pull_request', revert)).toMatchObject({
      status: 200,
      body: { reason: 'revert of #2: its deployment is already marked failed (unchanged)' },
    })
    expect(await counts()).toEqual(before)
  })

  it('answers 404 for an unknown or paused connection, 400 for a signed body that is not JSON, 413 past the limit', async () => {
    expect((await post(t, 'github', 'nosuch', githubRequest('http://localhost/x', 'ping', {}, secret))).status).toBe(404)
    expect((await post(t, 'gitlab', id, githubRequest(url(), 'ping', {}, secret))).status).toBe(404)
    const notJson = new Request(url(), {
      method: 'POST',
      body: 'a=1',
      headers: {
        'x-github-event': 'push',
        'x-hub-signature-256': `sha256=${(await import('node:crypto')).createHmac('sha256', secret).update('a=1').digest('hex')}`,
      },
    })
    expect(await post(t, 'github', id, notJson)).toMatchObject({ status: 400, body: { outcome: 'refused' } })
    const huge = new Request(url(), { method: 'POST', body: 'x'.repeat(5 * 1024 * 1024 + 1), headers: { 'x-github-event': 'push' } })
    expect((await post(t, 'github', id, huge)).status).toBe(413)
    await t.connections.updateConnection({ id, paused: true }, 'test')
    const before = await counts()
    expect((await send('deployment_status', deploymentSuccess())).status).toBe(404)
    expect(await counts()).toEqual(before)
    await t.connections.updateConnection({ id, paused: false }, 'test')
  })
})
