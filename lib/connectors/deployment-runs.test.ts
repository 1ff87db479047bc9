import examples from '@octokit/webhooks-examples'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { githubRequest } from '@/tooling/webhook-signing'
import { closeWebhookTestDb, openWebhookTestDb, postOnly, type WebhookTestDb } from '@/tooling/webhook-test-db'

// The delivery queue applies a run of one connection's deployments in one ingest call; these pin
// where a run must end (what a deployment reads depends on one before it) and that each delivery's
// log line still says what became of it.
function example(name: string, pick: (p: Record<string, unknown>) => boolean): Record<string, unknown> {
  const found = examples.find((e) => e.name === name)?.examples.find((p) => pick(p as Record<string, unknown>))
  if (!found) throw new Error(`no ${name} example`)
  return structuredClone(found) as Record<string, unknown>
}

const sha = (n: number) => n.toString(16).padStart(40, 'c')

/** A push to master of commits `shas`, the last one its head, each a minute after the one before. */
function push(shas: number[]): Record<string, unknown> {
  const p = example('push', (x) => x.ref === 'refs/heads/master')
  const [template] = p.commits as Record<string, unknown>[]
  const commits = shas.map((n, i) => ({ ...template, id: sha(n), timestamp: new Date(Date.UTC(2019, 4, 15, 15, i)).toISOString() }))
  return { ...p, commits, head_commit: commits[commits.length - 1], after: sha(shas[shas.length - 1]) }
}

/** A successful production deployment status of deployment `deploymentId` of commit `n`. */
function deployed(deploymentId: number, n: number, at: string): Record<string, unknown> {
  const d = example('deployment_status', (p) => (p as { deployment_status: { state: string } }).deployment_status.state === 'success')
  Object.assign(d.deployment as object, { id: deploymentId, sha: sha(n) })
  Object.assign(d.deployment_status as object, { created_at: at, updated_at: at })
  return d
}

let t: WebhookTestDb
let queue: typeof import('@/lib/db/services/delivery-queue')
let intake: typeof import('@/lib/db/services/delivery-intake')
let processing: typeof import('./process-deliveries')
let id = ''
let secret = ''
const send = (event: string, payload: unknown) =>
  postOnly(t, 'github', id, githubRequest(`http://localhost/api/v1/webhooks/github/${id}`, event, payload, secret))
const applyOneBatch = () => queue.processQueuedDeliveries(processing.applyQueuedDeliveries, { budgetMs: 60_000 })
const commitsOf = async (externalId: string) =>
  (await t.db.prisma.deployment.findUniqueOrThrow({ where: { externalId }, include: { commits: true } })).commits.map((c) => c.sha).sort()
const reasons = async () => (await t.db.prisma.delivery.findMany({ orderBy: { id: 'asc' } })).map((d) => `${d.outcome}: ${d.reason}`)

beforeAll(async () => {
  t = await openWebhookTestDb('deployment-runs')
  queue = await import('@/lib/db/services/delivery-queue')
  intake = await import('@/lib/db/services/delivery-intake')
  processing = await import('./process-deliveries')
  await t.db.prisma.team.create({ data: { slug: 'platform', name: 'Platform' } })
  const created = await t.connections.createConnection({ provider: 'github', name: 'Codertocat' }, 'test')
  if (!created.ok) throw new Error('no connection')
  ;({ id, secret } = created)
  await t.connections.mapSource({ connectionId: id, sourceId: 'Codertocat/Hello-World', team: 'platform' }, 'test')
}, 120_000)
afterAll(() => closeWebhookTestDb(t))
beforeEach(async () => {
  await t.db.prisma.delivery.deleteMany()
  await t.db.prisma.deployment.deleteMany()
  await t.db.prisma.pushedCommit.deleteMany()
  await t.db.prisma.auditEvent.deleteMany()
})

describe('a run of deployments', () => {
  it('goes to the ingest service together: one audit event, and each delivery logged as created', async () => {
    for (let n = 1; n <= 5; n++) await send('deployment_status', deployed(700 + n, n, `2019-05-1${n}T10:00:00Z`))
    expect(await applyOneBatch()).toBe(5)
    expect(await t.db.prisma.deployment.count({ where: { source: 'github' } })).toBe(5)
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'events.deployments' } })).toBe(1)
    expect(await reasons()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `stored: deployment of ${sha(n).slice(0, 7)} (0 changes, team platform) created`),
    )
  })

  it('ends where a deployment would read what an earlier one of the run ships: its changes stop at the earlier deployment', async () => {
    await send('push', push([1, 2]))
    await send('push', push([3, 4]))
    await send('deployment_status', deployed(801, 2, '2019-05-15T16:00:00Z'))
    await send('deployment_status', deployed(802, 4, '2019-05-15T17:00:00Z'))
    expect(await applyOneBatch()).toBe(4)
    // Applied together, the second would have read no shipped commits and claimed all four.
    expect(await commitsOf(`github:${id}:deployment:801`)).toEqual([sha(1), sha(2)])
    expect(await commitsOf(`github:${id}:deployment:802`)).toEqual([sha(3), sha(4)])
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'events.deployments' } })).toBe(2)
  })

  it('refuses only the deployment the ingest service refuses, and stores the rest of its run', async () => {
    await send('deployment_status', deployed(901, 1, '2019-05-15T10:00:00Z'))
    const plan = {
      kind: 'deployment',
      repo: 'Codertocat/Hello-World',
      ref: null,
      sha: sha(2),
      externalId: 'x'.repeat(1000),
      deployedAt: '2019-05-15T11:00:00Z',
      failed: false,
      headCommittedAt: null,
    }
    await intake.enqueueDelivery({
      connectionId: id,
      eventType: 'deployment_status',
      sourceId: 'Codertocat/Hello-World',
      plan: JSON.stringify(plan),
    })
    await send('deployment_status', deployed(903, 3, '2019-05-15T12:00:00Z'))
    expect(await applyOneBatch()).toBe(3)
    const [first, second, third] = await reasons()
    expect(first).toMatch(/^stored: .* created$/)
    expect(second).toMatch(/^refused: deployment of .*: id: /)
    expect(third).toMatch(/^stored: .* created$/)
    expect(await t.db.prisma.deployment.count()).toBe(2)
  })
})
