import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearEvents, openIngestTestDb, staleMarks, type IngestTestDb } from '@/tooling/db/ingest-test-support'

let t: IngestTestDb
let team: string

beforeAll(async () => {
  t = await openIngestTestDb('ingest-incidents')
  team = (await t.db.prisma.team.create({ data: { slug: 'ops', name: 'Ops' } })).id
}, 120_000)

afterAll(async () => {
  await t?.db.prisma.$disconnect()
  t?.temp.remove()
})

beforeEach(() => clearEvents(t))

const ingest = (items: unknown[]) => t.incidents.ingestIncidents(items, 'api-token:test')

function inc(id: string, openedAt: string, extra: Record<string, unknown> = {}) {
  return { id, openedAt, severity: 2, ...extra }
}

describe('ingestIncidents', () => {
  it('stores incidents, marks the quarters they opened and resolved in, and audits the batch once', async () => {
    const result = await ingest([
      inc('i1', '2026-06-30T22:00:00Z', {
        acknowledgedAt: '2026-06-30T22:05:00Z',
        resolvedAt: '2026-07-01T02:00:00Z',
        team: 'ops',
        severity: 1,
      }),
      inc('i2', '2026-05-01T10:00:00Z', { resolvedAt: null, causedBy: 'later-deploy' }),
    ])
    expect(result).toEqual({ ok: true, accepted: 2, created: 2, updated: 0, unchanged: 0, changed: ['i1', 'i2'] })
    const rows = await t.db.prisma.incident.findMany({ orderBy: { externalId: 'asc' } })
    expect(
      rows.map((r) => [
        r.externalId,
        r.severity,
        r.teamId,
        r.acknowledgedAt?.toISOString() ?? null,
        r.resolvedAt?.toISOString() ?? null,
        r.causedBy,
      ]),
    ).toEqual([
      ['i1', 1, team, '2026-06-30T22:05:00.000Z', '2026-07-01T02:00:00.000Z', null],
      ['i2', 2, null, null, null, 'later-deploy'],
    ])
    expect(await staleMarks(t)).toEqual([`${team}/2026-Q2`, `${team}/2026-Q3`, 'org/2026-Q2', 'org/2026-Q3'].sort())
    const audit = await t.db.prisma.auditEvent.findMany()
    expect(audit.map((a) => a.action)).toEqual(['events.incidents'])
  })

  it('changes nothing when the same batch is sent again', async () => {
    const batch = [inc('i1', '2026-07-01T10:00:00Z', { resolvedAt: '2026-07-01T12:00:00Z', team: 'ops' })]
    await ingest(batch)
    const before = [
      await t.db.prisma.incident.findMany(),
      await t.db.prisma.auditEvent.findMany(),
      await t.db.prisma.staleEventFigures.findMany(),
    ]
    expect(await ingest(batch)).toEqual({ ok: true, accepted: 1, created: 0, updated: 0, unchanged: 1, changed: [] })
    expect([
      await t.db.prisma.incident.findMany(),
      await t.db.prisma.auditEvent.findMany(),
      await t.db.prisma.staleEventFigures.findMany(),
    ]).toEqual(before)
  })

  it('overwrites a re-sent incident and marks its old quarters and the quarter of the deployment it now blames', async () => {
    await t.deployments.ingestDeployments([{ id: 'dep-1', deployedAt: '2026-02-01T10:00:00Z', team: 'ops', commits: [] }], 'test')
    await ingest([inc('i1', '2026-07-01T10:00:00Z', { resolvedAt: '2026-10-01T12:00:00Z', team: 'ops' })])
    await t.db.prisma.staleEventFigures.deleteMany()
    const result = await ingest([inc('i1', '2026-07-01T10:00:00Z', { resolvedAt: '2026-07-01T12:00:00Z', causedBy: 'dep-1' })])
    expect(result).toEqual({ ok: true, accepted: 1, created: 0, updated: 1, unchanged: 0, changed: ['i1'] })
    expect(await t.db.prisma.incident.findUniqueOrThrow({ where: { externalId: 'i1' } })).toMatchObject({ teamId: null, causedBy: 'dep-1' })
    // Old: ops Q3 (opened) and Q4 (resolved). New: org Q3. Blamed deployment: ops Q1.
    expect(await staleMarks(t)).toEqual(
      [`${team}/2026-Q1`, `${team}/2026-Q3`, `${team}/2026-Q4`, 'org/2026-Q1', 'org/2026-Q3', 'org/2026-Q4'].sort(),
    )
    expect(await t.db.prisma.incident.count()).toBe(1)
  })

  it('refuses a bad severity, an end before the start and an unknown team, naming the item, and stores nothing', async () => {
    const ok = inc('ok', '2026-07-01T10:00:00Z')
    expect(await ingest([ok, inc('bad', '2026-07-01T10:00:00Z', { severity: 5 })])).toMatchObject({
      ok: false,
      body: { index: 1, problem: 'severity: must be from 1 (worst) to 4' },
    })
    expect(await ingest([ok, inc('bad', '2026-07-01T10:00:00Z', { resolvedAt: '2026-07-01T09:00:00Z' })])).toMatchObject({
      ok: false,
      body: { index: 1, problem: 'resolvedAt: is before openedAt' },
    })
    expect(await ingest([ok, inc('bad', '2026-07-01T10:00:00Z', { team: 'nobody' })])).toMatchObject({ ok: false, body: { index: 1 } })
    expect(await t.db.prisma.incident.count()).toBe(0)
    expect(await t.db.prisma.auditEvent.count()).toBe(0)
  })
})
