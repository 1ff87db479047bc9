import examples from '@octokit/webhooks-examples'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { githubRequest } from '@/tooling/webhook-signing'
import { closeWebhookTestDb, openWebhookTestDb, postOnly, type WebhookTestDb } from '@/tooling/webhook-test-db'

// The delivery queue: a 200 once the delivery is queued durably, then batches applied in receipt
// order through the same services, a bad delivery refused alone, nothing applied twice.
function example(name: string, pick: (p: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const found = examples.find((e) => e.name === name)?.examples.find((p) => pick(p as Record<string, unknown>))
  if (!found) throw new Error(`no ${name} example`)
  return structuredClone(found) as Record<string, unknown>
}
const pushExample = () => example('push', (p) => p.ref === 'refs/heads/master')

/** A push of one commit of its own (sha from `n`) to master. */
function push(n: number): Record<string, unknown> {
  const p = pushExample()
  const sha = n.toString(16).padStart(40, 'b')
  ;(p.commits as { id: string }[])[0].id = sha
  ;(p.head_commit as { id: string }).id = sha
  return p
}

/** A production deployment status of deployment `deploymentId` of `sha`, in state `state`. */
function deploymentStatus(deploymentId: number, sha: string, state: 'success' | 'failure', at: string): Record<string, unknown> {
  const d = example('deployment_status', (p) => (p as { deployment_status: { state: string } }).deployment_status.state === 'success')
  Object.assign(d.deployment as object, { id: deploymentId, sha })
  Object.assign(d.deployment_status as object, { state, created_at: at, updated_at: at })
  return d
}

let t: WebhookTestDb
let queue: typeof import('@/lib/db/services/delivery-queue')
let jobs: typeof import('@/lib/db/jobs/delivery-queue-job')
let processing: typeof import('./process-deliveries')
let id = ''
let secret = ''
const send = (event: string, payload: unknown) =>
  postOnly(t, 'github', id, githubRequest(`http://localhost/api/v1/webhooks/github/${id}`, event, payload, secret))
const outcomes = async () =>
  (await t.db.prisma.delivery.findMany({ where: { connectionId: id }, orderBy: { id: 'asc' } })).map((d) => [d.outcome, d.reason])

beforeAll(async () => {
  t = await openWebhookTestDb('delivery-queue')
  queue = await import('@/lib/db/services/delivery-queue')
  jobs = await import('@/lib/db/jobs/delivery-queue-job')
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
})

describe('the delivery queue', () => {
  it('answers 200 once the delivery is queued, before anything is applied, and applies it when drained', async () => {
    const answer = await send('push', push(1))
    expect(answer).toMatchObject({ status: 200, body: { outcome: 'queued' } })
    const line = await t.db.prisma.delivery.findUniqueOrThrow({ where: { id: answer.body.delivery } })
    expect(line).toMatchObject({ outcome: 'queued', eventType: 'push', sourceId: 'Codertocat/Hello-World' })
    expect(JSON.parse(line.plan ?? 'null')).toMatchObject({ kind: 'push', repo: 'Codertocat/Hello-World', ref: 'master' })
    expect(await t.db.prisma.pushedCommit.count()).toBe(0)
    await t.drain()
    expect(await t.db.prisma.delivery.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({
      outcome: 'stored',
      reason: '1 of 1 commits to master stored',
      plan: null,
    })
    expect(await t.db.prisma.pushedCommit.count()).toBe(1)
  })

  it('keeps answering ignored events, and refusals, at once without queueing them', async () => {
    expect(await send('star', example('star'))).toMatchObject({ status: 200, body: { outcome: 'ignored' } })
    expect(await t.db.prisma.delivery.count({ where: { outcome: 'queued' } })).toBe(0)
  })

  it('applies one batch in receipt order: a push, its deployment with the pushed change, then that deployment failing', async () => {
    const sha = (push(2).head_commit as { id: string }).id
    await send('push', push(2))
    await send('deployment_status', deploymentStatus(501, sha, 'success', '2019-05-15T15:20:55Z'))
    await send('deployment_status', deploymentStatus(501, sha, 'failure', '2019-05-15T15:40:00Z'))
    expect(await queue.processQueuedDeliveries(processing.applyQueuedDeliveries, { budgetMs: 60_000 })).toBe(3)
    const stored = await t.db.prisma.deployment.findFirstOrThrow({ include: { commits: true } })
    // The failure keeps the success's time and marks the attempt failed; its change is the pushed commit.
    expect(stored).toMatchObject({ failed: true, source: 'github' })
    expect(stored.deployedAt.toISOString()).toBe('2019-05-15T15:20:55.000Z')
    expect(stored.commits.map((c) => c.sha)).toEqual([sha])
    expect((await outcomes()).map(([o]) => o)).toEqual(['stored', 'stored', 'stored'])
    expect(await t.db.prisma.staleEventFigures.count({ where: { quarter: '2019-Q2' } })).toBe(2)
  })

  it('changes nothing on a redelivery queued beside the original', async () => {
    const sha = (push(3).head_commit as { id: string }).id
    await send('deployment_status', deploymentStatus(502, sha, 'success', '2019-05-15T15:20:55Z'))
    await send('deployment_status', deploymentStatus(502, sha, 'success', '2019-05-15T15:20:55Z'))
    const audit = await t.db.prisma.auditEvent.count()
    await t.drain()
    expect(await t.db.prisma.deployment.count()).toBe(1)
    expect(await t.db.prisma.auditEvent.count()).toBe(audit + 1)
    expect((await outcomes())[1][1]).toContain('unchanged (already stored)')
  })

  it('refuses a delivery that cannot be applied alone, and stores the ones around it', async () => {
    await send('push', push(4))
    const bad = await send('push', push(5))
    await send('push', push(6))
    // A queued row whose plan cannot be read: the batch throws, and each delivery gets its own transaction.
    await t.db.prisma.delivery.update({ where: { id: bad.body.delivery }, data: { plan: '{not json' } })
    await t.drain()
    const [first, second, third] = await outcomes()
    expect(first).toEqual(['stored', '1 of 1 commits to master stored'])
    expect(second[0]).toBe('refused')
    expect(second[1]).toMatch(/^it could not be applied: .*JSON/)
    expect(third).toEqual(['stored', '1 of 1 commits to master stored'])
    expect(await t.db.prisma.pushedCommit.count()).toBe(2)
  })

  it('ends a batch once its time budget is spent, leaving the rest queued and untouched for the next', async () => {
    for (const n of [70, 71, 72]) await send('push', push(n))
    expect(await queue.processQueuedDeliveries(processing.applyQueuedDeliveries, { budgetMs: 0 })).toBe(1)
    expect((await outcomes()).map(([o]) => o)).toEqual(['stored', 'queued', 'queued'])
    await t.drain()
    expect((await outcomes()).map(([o]) => o)).toEqual(['stored', 'stored', 'stored'])
  })

  it('never applies a delivery twice when two processors run at once', async () => {
    for (let n = 10; n < 40; n++) await send('push', push(n))
    const applied: number[] = []
    const counting: typeof processing.applyQueuedDeliveries = async (within, deliveries) => {
      const settled = await processing.applyQueuedDeliveries(within, deliveries)
      applied.push(...deliveries.slice(0, settled.length).map((d) => d.id))
      return settled
    }
    const batch = { limit: 7, budgetMs: 60_000 }
    const taken = await Promise.all([queue.processQueuedDeliveries(counting, batch), queue.processQueuedDeliveries(counting, batch)])
    expect(taken).toEqual([7, 7])
    const drainCounting = async () => {
      while ((await queue.processQueuedDeliveries(counting)) > 0);
    }
    await Promise.all([drainCounting(), drainCounting()])
    expect(applied).toHaveLength(30)
    expect(new Set(applied).size).toBe(30)
    expect(applied).toEqual([...applied].sort((a, b) => a - b))
    expect(await t.db.prisma.pushedCommit.count()).toBe(30)
  })

  it('applies the deliveries left queued when it starts, and those kicked while it runs', async () => {
    await send('push', push(50))
    await send('push', push(51))
    jobs.startDeliveryQueue(processing.applyQueuedDeliveries, { pollMs: 60_000 })
    try {
      await Promise.all([52, 53, 54, 55].map((n) => send('push', push(n))))
      await expect.poll(() => t.db.prisma.delivery.count({ where: { outcome: 'queued' } }), { timeout: 10_000 }).toBe(0)
    } finally {
      await jobs.stopDeliveryQueue()
    }
    expect(await t.db.prisma.pushedCommit.count()).toBe(6)
    expect((await outcomes()).every(([o]) => o === 'stored')).toBe(true)
  })

  it('keeps a queued line when the log is trimmed to its last 200', async () => {
    const queued = await send('push', push(60))
    const rows = Array.from({ length: 205 }, () => ({ connectionId: id, eventType: 'ping', outcome: 'ignored', reason: 'ping' }))
    await t.db.prisma.delivery.createMany({ data: rows })
    // An ignored event is logged at once, and its line trims the log.
    await send('star', example('star'))
    expect(await t.db.prisma.delivery.count({ where: { connectionId: id } })).toBe(201)
    expect(await t.db.prisma.delivery.findUnique({ where: { id: queued.body.delivery } })).toMatchObject({ outcome: 'queued' })
    await t.drain()
    expect(await t.db.prisma.pushedCommit.count()).toBe(1)
    expect(await t.db.prisma.delivery.count({ where: { connectionId: id } })).toBe(200)
  })
})
