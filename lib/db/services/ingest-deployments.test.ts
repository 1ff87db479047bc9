import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearEvents, openIngestTestDb, staleMarks, type IngestTestDb } from '@/tooling/db/ingest-test-support'

let t: IngestTestDb
let teamA: string
let teamB: string

beforeAll(async () => {
  t = await openIngestTestDb('ingest-deployments')
  teamA = (await t.db.prisma.team.create({ data: { slug: 'alpha', name: 'Alpha' } })).id
  teamB = (await t.db.prisma.team.create({ data: { slug: 'beta', name: 'Beta', archivedAt: new Date() } })).id
}, 120_000)

afterAll(async () => {
  await t?.db.prisma.$disconnect()
  t?.temp.remove()
})

beforeEach(() => clearEvents(t))

type Commit = { sha: string; committedAt: string }
function dep(id: string, deployedAt: string, commits: Commit[] = [], extra: Record<string, unknown> = {}) {
  return { id, deployedAt, commits, ...extra }
}
const c = (sha: string, committedAt = '2026-07-01T08:00:00Z'): Commit => ({ sha, committedAt })

async function ingest(items: unknown[]) {
  return t.deployments.ingestDeployments(items, 'api-token:test')
}

async function snapshot() {
  const p = t.db.prisma
  return {
    deployments: await p.deployment.findMany({ orderBy: { id: 'asc' } }),
    commits: await p.deploymentCommit.findMany({ orderBy: { id: 'asc' } }),
    firsts: await p.firstDeploy.findMany({ orderBy: { sha: 'asc' } }),
    incidents: await p.incident.findMany({ orderBy: { id: 'asc' } }),
    marks: await p.staleEventFigures.findMany({ orderBy: [{ scope: 'asc' }, { quarter: 'asc' }] }),
    audit: await p.auditEvent.findMany({ orderBy: { id: 'asc' } }),
  }
}

async function firstDeploys(): Promise<Record<string, string>> {
  const rows = await t.db.prisma.firstDeploy.findMany()
  const deployments = await t.db.prisma.deployment.findMany()
  const ext = new Map(deployments.map((d) => [d.id, d.externalId]))
  return Object.fromEntries(rows.map((r) => [r.sha, ext.get(r.deploymentId) ?? '?']))
}

describe('ingestDeployments', () => {
  it('stores deployments with their commits and first deploys, marks their quarters stale and audits the batch once', async () => {
    const result = await ingest([
      dep('d1', '2026-07-02T10:00:00Z', [c('a1'), c('a2', '2026-06-30T08:00:00+02:00')], { team: 'alpha', service: 'api', failed: true }),
      dep('d2', '2026-04-02T10:00:00.5+01:00', [c('b1')], { unplanned: true, extra: 'ignored' }),
      dep('d3', '2026-07-03T10:00:00Z', [], { team: 'org' }),
    ])
    expect(result).toEqual({ ok: true, accepted: 3, created: 3, updated: 0, unchanged: 0, changed: ['d1', 'd2', 'd3'] })
    const rows = await t.db.prisma.deployment.findMany({ include: { commits: true }, orderBy: { externalId: 'asc' } })
    expect(
      rows.map((d) => [d.externalId, d.deployedAt.toISOString(), d.teamId, d.service, d.failed, d.unplanned, d.commits.length]),
    ).toEqual([
      ['d1', '2026-07-02T10:00:00.000Z', teamA, 'api', true, false, 2],
      ['d2', '2026-04-02T09:00:00.500Z', null, null, false, true, 1],
      ['d3', '2026-07-03T10:00:00.000Z', null, null, false, false, 0],
    ])
    expect(rows[0].commits.find((x) => x.sha === 'a2')?.committedAt.toISOString()).toBe('2026-06-30T06:00:00.000Z')
    expect(await firstDeploys()).toEqual({ a1: 'd1', a2: 'd1', b1: 'd2' })
    expect(await staleMarks(t)).toEqual([`${teamA}/2026-Q3`, 'org/2026-Q2', 'org/2026-Q3'].sort())
    const audit = await t.db.prisma.auditEvent.findMany()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor: 'api-token:test', action: 'events.deployments' })
    expect(JSON.parse(audit[0].after ?? '{}')).toMatchObject({ accepted: 3, created: 3, updated: 0, unchanged: 0 })
  })

  it('changes nothing when the same batch is sent again: no new rows, no audit event, no new marks', async () => {
    const batch = [dep('d1', '2026-07-02T10:00:00Z', [c('a1'), c('a2')], { team: 'alpha' }), dep('d2', '2026-07-05T10:00:00Z', [c('a1')])]
    await ingest(batch)
    const before = await snapshot()
    expect(await ingest(batch)).toEqual({ ok: true, accepted: 2, created: 0, updated: 0, unchanged: 2, changed: [] })
    // The same instants written another way are the same event.
    const sameInOtherWords = [
      dep('d1', '2026-07-02T12:00:00+02:00', [c('a2', '2026-07-01T08:00:00.000Z'), c('a1')], { team: 'alpha', failed: null }),
    ]
    expect(await ingest(sameInOtherWords)).toEqual({ ok: true, accepted: 1, created: 0, updated: 0, unchanged: 1, changed: [] })
    expect(await snapshot()).toEqual(before)
  })

  it('updates a re-sent deployment in place, replaces its commits and marks the old and the new team and quarter', async () => {
    await ingest([dep('d1', '2026-07-02T10:00:00Z', [c('a1'), c('a2')], { team: 'alpha' })])
    await t.db.prisma.staleEventFigures.deleteMany()
    const result = await ingest([dep('d1', '2026-10-02T10:00:00Z', [c('a2'), c('a3')], { team: 'beta', failed: true })])
    expect(result).toEqual({ ok: true, accepted: 1, created: 0, updated: 1, unchanged: 0, changed: ['d1'] })
    const [row] = await t.db.prisma.deployment.findMany({ include: { commits: { orderBy: { sha: 'asc' } } } })
    expect(row).toMatchObject({ externalId: 'd1', teamId: teamB, failed: true })
    expect(row.commits.map((x) => x.sha)).toEqual(['a2', 'a3'])
    expect(await firstDeploys()).toEqual({ a2: 'd1', a3: 'd1' })
    expect(await staleMarks(t)).toEqual([`${teamA}/2026-Q3`, `${teamB}/2026-Q4`, 'org/2026-Q3', 'org/2026-Q4'].sort())
  })

  it('keeps each change at its earliest deployment when deployments arrive out of order, and marks the quarter it left', async () => {
    await ingest([dep('late', '2026-08-01T10:00:00Z', [c('s1', '2026-03-01T00:00:00Z')], { team: 'alpha' })])
    expect(await firstDeploys()).toEqual({ s1: 'late' })
    await t.db.prisma.staleEventFigures.deleteMany()

    await ingest([dep('early', '2026-05-01T10:00:00Z', [c('s1', '2026-03-01T00:00:00Z')])])
    expect(await firstDeploys()).toEqual({ s1: 'early' })
    // The late deployment is not in this batch, but its team's lead time lost a change.
    expect(await staleMarks(t)).toEqual([`${teamA}/2026-Q3`, 'org/2026-Q2', 'org/2026-Q3'].sort())

    await ingest([dep('early', '2026-09-01T10:00:00Z', [c('s1', '2026-03-01T00:00:00Z')])])
    expect(await firstDeploys()).toEqual({ s1: 'late' })
    await ingest([dep('late', '2026-08-01T10:00:00Z', [], { team: 'alpha' })])
    expect(await firstDeploys()).toEqual({ s1: 'early' })
    await ingest([dep('early', '2026-09-01T10:00:00Z', [])])
    expect(await firstDeploys()).toEqual({})
  })

  it('keeps FirstDeploy equal to the earliest deployment of each sha whatever the order and the re-sends', async () => {
    const shas = ['s1', 's2', 's3', 's4']
    const event = fc.record({
      id: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5'),
      day: fc.integer({ min: 1, max: 200 }),
      shas: fc.subarray(shas),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(event, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), async (batches) => {
        await clearEvents(t)
        const latest = new Map<string, { day: number; shas: string[] }>()
        for (const batch of batches) {
          const unique = new Map(batch.map((e) => [e.id, e]))
          const items = [...unique.values()].map((e) =>
            dep(
              e.id,
              new Date(Date.UTC(2026, 0, e.day)).toISOString(),
              e.shas.map((s) => c(s, '2025-12-01T00:00:00Z')),
            ),
          )
          const result = await ingest(items)
          expect(result.ok).toBe(true)
          for (const e of unique.values()) latest.set(e.id, { day: e.day, shas: e.shas })
        }
        // Reference: the earliest deployment holding each sha; equal days go to the one stored first.
        const stored = await t.db.prisma.deployment.findMany({ orderBy: { id: 'asc' } })
        const expected: Record<string, string> = {}
        for (const sha of shas) {
          const holders = stored.filter((d) => latest.get(d.externalId)?.shas.includes(sha))
          holders.sort((a, b) => a.deployedAt.getTime() - b.deployedAt.getTime() || a.id - b.id)
          if (holders[0]) expected[sha] = holders[0].externalId
        }
        expect(await firstDeploys()).toEqual(expected)
      }),
      { numRuns: 25 },
    )
  })

  it('stores nothing of a batch whose last item is bad, and names that item', async () => {
    const items: unknown[] = Array.from({ length: 1000 }, (_, i) => dep(`bulk-${i}`, '2026-07-02T10:00:00Z', [c(`sha-${i}`)]))
    items[999] = dep('bulk-999', 'yesterday', [c('sha-999')])
    expect(await ingest(items)).toEqual({
      ok: false,
      status: 400,
      body: {
        error: 'invalid item',
        index: 999,
        problem: 'deployedAt: is not an ISO 8601 date-time with a time zone (e.g. 2026-07-01T09:30:00Z)',
      },
    })
    items[999] = dep('bulk-999', '2026-07-02T10:00:00Z', [c('sha-999')], { team: 'no-such-team' })
    const refused = await ingest(items)
    expect(refused).toMatchObject({ ok: false, status: 400, body: { error: 'invalid item', index: 999 } })
    expect(!refused.ok && refused.body.problem).toMatch(/^team: no team has the slug "no-such-team"/)
    const rows = await snapshot()
    expect([rows.deployments.length, rows.commits.length, rows.firsts.length, rows.marks.length, rows.audit.length]).toEqual([
      0, 0, 0, 0, 0,
    ])
  })

  it('refuses an id repeated within a batch and a commit listed twice', async () => {
    const twice = await ingest([dep('x', '2026-07-02T10:00:00Z'), dep('y', '2026-07-02T10:00:00Z'), dep('x', '2026-07-03T10:00:00Z')])
    expect(twice).toMatchObject({ ok: false, body: { index: 2, problem: 'id: repeats the id of item 0 in this batch' } })
    const sameSha = await ingest([dep('x', '2026-07-02T10:00:00Z', [c('a'), c('b'), c('a')])])
    expect(sameSha).toMatchObject({ ok: false, body: { index: 0, problem: 'commits[2].sha: repeats commits[0].sha' } })
    expect(await t.db.prisma.deployment.count()).toBe(0)
  })

  it('marks quarters in the organisation time zone', async () => {
    await t.db.prisma.setting.create({ data: { key: 'timeZone', value: 'Asia/Tokyo' } })
    // 30 June 15:30 UTC is already 1 July in Tokyo.
    await ingest([dep('tokyo', '2026-06-30T15:30:00Z', [], { team: 'alpha' })])
    expect(await staleMarks(t)).toEqual([`${teamA}/2026-Q3`, 'org/2026-Q3'].sort())
  })
})

describe('hostile instants and ids', () => {
  it('refuses a deployment outside the event window by its index, storing nothing of the batch', async () => {
    const before = await snapshot()
    for (const deployedAt of ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59-05:00', '1999-12-31T23:59:59Z']) {
      expect(await ingest([dep('ok-1', '2026-07-01T10:00:00Z'), dep('far', deployedAt)])).toEqual({
        ok: false,
        status: 400,
        body: { error: 'invalid item', index: 1, problem: 'deployedAt: must fall between 2000-01-01T00:00:00Z and one day after now' },
      })
    }
    expect(await snapshot()).toEqual(before)
  })

  it('refuses an id that would be stored as something else, so a resent id always matches itself', async () => {
    for (const id of ['d\ud800', 'd\u0000x', 'd\u202ex']) {
      expect(await ingest([dep(id, '2026-07-01T10:00:00Z')])).toMatchObject({ ok: false, status: 400, body: { index: 0 } })
    }
    expect(await t.db.prisma.deployment.count()).toBe(0)
    const item = dep('déploiement-🚀', '2026-07-01T10:00:00Z', [c('a1')])
    expect(await ingest([item])).toMatchObject({ ok: true, created: 1, unchanged: 0 })
    expect(await ingest([item])).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 1 })
  })
})
