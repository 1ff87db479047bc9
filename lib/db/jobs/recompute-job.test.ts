import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { holdWriteLock } from '@/tooling/db/hold-write-lock'
import { clearEventsAndFigures, closeIngestTestDb, openIngestTestDb, staleMarks, type IngestTestDb } from '@/tooling/db/ingest-test-support'

// Real ingestion marks quarters stale on a real migrated database; pages read them, the job recomputes them.
let t: IngestTestDb
let job: typeof import('./recompute-job')
let waiting: typeof import('./await-recompute')
let readCache: typeof import('../read-cache')
let writes: typeof import('../write-transaction')
let teamId: string

beforeAll(async () => {
  t = await openIngestTestDb('recompute-job')
  job = await import('./recompute-job')
  waiting = await import('./await-recompute')
  readCache = await import('../read-cache')
  writes = await import('../write-transaction')
  teamId = (await t.db.prisma.team.create({ data: { slug: 'payments', name: 'Payments' } })).id
}, 120_000)

afterAll(() => closeIngestTestDb(t))

beforeEach(async () => {
  await clearEventsAndFigures(t)
  readCache.clearReadCache()
})

afterEach(() => job.stopRecomputeJob())

const Q = '2026-Q3'

/** Deployments of the team on 1–n August 2026, each shipping one change committed an hour before. */
async function ingest(from: number, to: number) {
  const items = Array.from({ length: to - from + 1 }, (_, k) => {
    const day = String(from + k).padStart(2, '0')
    return {
      id: `dep-${day}`,
      team: 'payments',
      deployedAt: `2026-08-${day}T12:00:00Z`,
      commits: [{ sha: `sha-${day}`, committedAt: `2026-08-${day}T11:00:00Z` }],
    }
  })
  expect(await t.deployments.ingestDeployments(items, 'api-token:test')).toMatchObject({ ok: true })
}

function orgFigure(metricKey: string) {
  return t.db.prisma.figure.findUnique({ where: { scope_quarter_metricKey: { scope: 'org', quarter: Q, metricKey } } })
}

/** What a write would change: the audit log, the data version, and this process's write transactions. */
async function writeTrace() {
  return {
    audit: await t.db.prisma.auditEvent.count(),
    version: await readCache.readDataVersion(),
    writesBegun: writes.writeActivity().begun,
    marks: await staleMarks(t),
  }
}

describe('reading a quarter marked stale', () => {
  it('answers the last computed figures, marked as updating, and writes nothing, not even while another process holds the write lock', async () => {
    const [{ getScorecard }, { listComputedFigures }, { getEntryFormData }, { listUpdatingQuarters }] = await Promise.all([
      import('../queries/scorecard'),
      import('../queries/computed-figures'),
      import('../queries/entry'),
      import('../queries/stale-marks'),
    ])
    await ingest(1, 4)
    const before = await writeTrace()
    expect(before.marks).toEqual([`${teamId}/${Q}`, `org/${Q}`].sort())

    const { released } = await holdWriteLock(t.temp, 3_000)
    const [card, computed, entry, updating] = await Promise.all([
      getScorecard('org', Q),
      listComputedFigures('org', Q),
      getEntryFormData('org', Q, 'velocity'),
      listUpdatingQuarters('org', ['2026-Q2', Q]),
    ])
    const answered = Date.now()
    // A read that took the write lock would have waited for the other process to let go.
    expect(answered).toBeLessThan(await released)

    expect(updating).toEqual([Q])
    expect(card.categories.flatMap((c) => c.metrics).find((m) => m.metric.key === 'lead_time_hours')?.figure).toBeNull()
    expect(computed).toEqual({})
    expect(entry.figures).toEqual({})
    expect(await writeTrace()).toEqual(before)
  })
})

describe('the recompute job', () => {
  it('recomputes the quarters a batch marked as soon as the batch commits, and clears their marks', async () => {
    // A poll a minute away: only the wake-up from the batch's commit can make it run in time.
    job.startRecomputeJob({ pollMs: 60_000 })
    await ingest(1, 4)
    await vi.waitFor(async () => expect(await staleMarks(t)).toEqual([]), { timeout: 10_000, interval: 50 })
    expect(await orgFigure('lead_time_hours')).toMatchObject({ value: 1, n: 4, source: 'events', updatedBy: 'system:events' })
    const audit = await t.db.prisma.auditEvent.findMany({ where: { action: 'figures.recompute' } })
    // The batch's quarters, and (marked by the job itself) the quiet quarters after them through today's.
    const recomputed = audit.map((a) => a.entityId)
    expect(recomputed).toEqual(expect.arrayContaining([`${teamId}/${Q}`, `org/${Q}`]))
    expect(recomputed.filter((id) => id.endsWith(Q)).sort()).toEqual([`${teamId}/${Q}`, `org/${Q}`].sort())
  })

  it('finds marks written by another process (no wake-up reaches it) at its next poll', async () => {
    job.startRecomputeJob({ pollMs: 100 })
    await ingest(1, 4)
    await vi.waitFor(async () => expect(await staleMarks(t)).toEqual([]), { timeout: 10_000, interval: 50 })
    // What the admin command line or another app instance would commit: an event and its mark.
    await t.db.prisma.$transaction([
      t.db.prisma.deployment.create({ data: { externalId: 'dep-other', deployedAt: new Date('2026-08-20T12:00:00Z'), teamId } }),
      t.db.prisma.staleEventFigures.create({ data: { scope: 'org', quarter: Q } }),
    ])
    await vi.waitFor(async () => expect(await orgFigure('deployment_frequency')).toMatchObject({ n: 5 }), { timeout: 10_000, interval: 50 })
    expect(await staleMarks(t)).toEqual([])
  })

  it('lets two runners meet on one mark: the second finds it cleared and writes nothing', async () => {
    const { recomputeStaleEventFigures } = await import('../services/recompute-event-figures')
    await ingest(1, 4)
    await Promise.all([recomputeStaleEventFigures('org', Q), recomputeStaleEventFigures('org', Q)])
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'figures.recompute', entityId: `org/${Q}` } })).toBe(1)
  })
})

describe('awaitRecompute', () => {
  it('answers once the job has recomputed what the request reads, including every batch acknowledged before it', async () => {
    job.startRecomputeJob({ pollMs: 60_000 })
    await ingest(1, 4)
    await ingest(5, 6)
    expect(await waiting.awaitRecompute([{ scope: 'org', quarter: Q }])).toEqual({ updating: false })
    expect(await orgFigure('deployment_frequency')).toMatchObject({ n: 6, source: 'events' })
  })

  it('gives up after its bound with updating: true, having written nothing, when no recompute comes', async () => {
    await ingest(1, 4)
    const before = await writeTrace()
    const started = Date.now()
    expect(await waiting.awaitRecompute([{ scope: 'org', quarter: Q }], 300)).toEqual({ updating: true })
    expect(Date.now() - started).toBeGreaterThanOrEqual(300)
    expect(await writeTrace()).toEqual(before)
    expect(await orgFigure('deployment_frequency')).toBeNull()
  })
})
