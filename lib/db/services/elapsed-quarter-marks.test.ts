import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearEventsAndFigures, closeIngestTestDb, openIngestTestDb, staleMarks, type IngestTestDb } from '@/tooling/db/ingest-test-support'

// Real ingestion and recompute: a quiet quarter after the first event is computed as a measured zero,
// and a quarter in progress is computed again once a day has passed.
let t: IngestTestDb
let marks: typeof import('./elapsed-quarter-marks')
let recompute: typeof import('./recompute-event-figures')
let teamId: string

beforeAll(async () => {
  t = await openIngestTestDb('elapsed-quarter-marks')
  marks = await import('./elapsed-quarter-marks')
  recompute = await import('./recompute-event-figures')
  teamId = (await t.db.prisma.team.create({ data: { slug: 'payments', name: 'Payments' } })).id
}, 120_000)

afterAll(() => closeIngestTestDb(t))

beforeEach(() => clearEventsAndFigures(t))

async function ingestOne(id: string, deployedAt: string) {
  expect(await t.deployments.ingestDeployments([{ id, team: 'payments', deployedAt, commits: [] }], 'api-token:test')).toMatchObject({
    ok: true,
  })
}

const value = async (scope: string, quarter: string, metricKey: string) =>
  (await t.db.prisma.figure.findUnique({ where: { scope_quarter_metricKey: { scope, quarter, metricKey } } }))?.value ?? null

describe('markElapsedQuarters', () => {
  it('marks the quiet quarters from the first event through the current one, never before it or after now', async () => {
    await ingestOne('d-q2', '2026-05-01T12:00:00Z')
    await recompute.recomputeEventFigures([{ scope: teamId, quarter: '2026-Q2' }])
    const now = new Date('2026-11-15T12:00:00Z')
    const pairs = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1'].map((quarter) => ({ scope: teamId, quarter }))
    expect(await marks.markElapsedQuarters(pairs, now)).toBe(2)
    expect((await staleMarks(t)).filter((m) => m.startsWith(teamId))).toEqual([`${teamId}/2026-Q3`, `${teamId}/2026-Q4`])
    // Nothing new to mark: the marks are there already.
    expect(await marks.markElapsedQuarters(pairs, now)).toBe(0)
  })

  it('turns a quarter without deployments into 0 deployments a day through the recompute that pages call', async () => {
    await ingestOne('d-q2', '2026-05-01T12:00:00Z')
    await recompute.recomputeEventFigures([
      { scope: teamId, quarter: '2026-Q2' },
      { scope: teamId, quarter: '2026-Q3' },
    ])
    expect(await value(teamId, '2026-Q3', 'deployment_frequency')).toBe(0)
    expect(await value(teamId, '2026-Q3', 'change_failure_rate')).toBeNull()
    expect(await value('org', '2026-Q1', 'deployment_frequency')).toBeNull()
  })

  it('marks a quarter computed while in progress once a new local day has begun, and once it has ended', async () => {
    await ingestOne('d-q4', '2026-10-02T12:00:00Z')
    await recompute.recomputeEventFigures([{ scope: 'org', quarter: '2026-Q4' }])
    const computedAt = (await t.db.prisma.computedFigure.findFirstOrThrow({ where: { scope: 'org', quarter: '2026-Q4' } })).computedAt
    const pair = [{ scope: 'org', quarter: '2026-Q4' }]
    const timeZone = 'UTC'
    expect(await marks.findElapsedQuarters(pair, timeZone, computedAt)).toEqual([])
    expect(await marks.findElapsedQuarters(pair, timeZone, new Date(computedAt.getTime() + 86_400_000))).toEqual(pair)
    expect(await marks.findElapsedQuarters(pair, timeZone, new Date('2027-01-05T00:00:00Z'))).toEqual(pair)
  })
})
