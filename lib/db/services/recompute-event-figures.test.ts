import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearEventsAndFigures, closeIngestTestDb, openIngestTestDb, type IngestTestDb } from '@/tooling/db/ingest-test-support'

// Real ingestion marks the quarters stale; the recompute under test brings their figures up to date.
let t: IngestTestDb
let recompute: typeof import('./recompute-event-figures')
let teamId: string

beforeAll(async () => {
  t = await openIngestTestDb('recompute-event-figures')
  recompute = await import('./recompute-event-figures')
  teamId = (await t.db.prisma.team.create({ data: { slug: 'payments', name: 'Payments' } })).id
}, 120_000)

afterAll(() => closeIngestTestDb(t))

beforeEach(() => clearEventsAndFigures(t))

const Q = '2026-Q3'

/** Four deployments of the team in Q3: one failed, one unplanned; lead times 1, 2, 3 and 4 hours. */
async function ingestQuarter() {
  const items = [1, 2, 3, 4].map((h) => ({
    id: `dep-${h}`,
    team: 'payments',
    deployedAt: `2026-08-0${h}T12:00:00Z`,
    failed: h === 1,
    unplanned: h === 2,
    commits: [{ sha: `sha-${h}`, committedAt: `2026-08-0${h}T${String(12 - h).padStart(2, '0')}:00:00Z` }],
  }))
  const result = await t.deployments.ingestDeployments(items, 'api-token:test')
  expect(result).toMatchObject({ ok: true })
}

async function figure(scope: string, metricKey: string) {
  return t.db.prisma.figure.findUnique({ where: { scope_quarter_metricKey: { scope, quarter: Q, metricKey } } })
}

async function computed(scope: string, metricKey: string) {
  return t.db.prisma.computedFigure.findUnique({ where: { scope_quarter_metricKey: { scope, quarter: Q, metricKey } } })
}

describe('recomputeStaleEventFigures', () => {
  it('writes the computed figures with source events and n, for the team and the organisation, and clears the marks', async () => {
    await ingestQuarter()
    expect(await t.db.prisma.staleEventFigures.count()).toBe(2)
    await recompute.recomputeStaleEventFigures(teamId, Q)
    await recompute.recomputeStaleEventFigures('org', Q)

    for (const scope of [teamId, 'org']) {
      expect(await figure(scope, 'lead_time_hours')).toMatchObject({ value: 2.5, n: 4, source: 'events', version: 1 })
      expect(await figure(scope, 'change_failure_rate')).toMatchObject({ value: 25, n: 4, source: 'events' })
      expect(await figure(scope, 'rework_rate')).toMatchObject({ value: 25, n: 4, source: 'events' })
      // Prisma reads back about 16 significant digits of a double, hence closeTo.
      expect(await figure(scope, 'deployment_frequency')).toMatchObject({ value: expect.closeTo(4 / 92, 12), n: 4, source: 'events' })
      // No incident was ever reported: no incident figures at all, rather than zeros.
      expect(await figure(scope, 'major_incidents')).toBeNull()
      expect(await computed(scope, 'major_incidents')).toMatchObject({ value: null, n: 0 })
    }
    expect(await t.db.prisma.staleEventFigures.count()).toBe(0)
    const audit = await t.db.prisma.auditEvent.findMany({ where: { action: 'figures.recompute' } })
    expect(audit.map((a) => a.entityId).sort()).toEqual([`${teamId}/${Q}`, `org/${Q}`].sort())
    expect(JSON.parse(audit[0].after ?? '')).toEqual({ computed: 8, written: 4, overridesKept: 0, restated: 0 })
  })

  it("keeps a person's override, with its version, while the computed value is still recorded", async () => {
    await t.db.prisma.figure.create({
      data: {
        scope: 'org',
        quarter: Q,
        metricKey: 'lead_time_hours',
        value: 20,
        source: 'manual',
        updatedBy: 'cto@example.test',
        version: 3,
      },
    })
    await ingestQuarter()
    await recompute.recomputeEventFigures([{ scope: 'org', quarter: Q }])
    expect(await figure('org', 'lead_time_hours')).toMatchObject({ value: 20, source: 'manual', version: 3, updatedBy: 'cto@example.test' })
    expect(await computed('org', 'lead_time_hours')).toMatchObject({ value: 2.5, n: 4 })
    const [event] = await t.db.prisma.auditEvent.findMany({ where: { action: 'figures.recompute' } })
    expect(JSON.parse(event.after ?? '')).toMatchObject({ overridesKept: 1 })
  })

  it('bumps the version of an events figure only when its value or n changes', async () => {
    await ingestQuarter()
    await recompute.recomputeStaleEventFigures('org', Q)
    expect((await figure('org', 'change_failure_rate'))?.version).toBe(1)
    // An incident caused by dep-2 makes it a failure: 2 of 4. Lead time is unchanged.
    await t.incidents.ingestIncidents([{ id: 'inc-1', openedAt: '2026-08-05T00:00:00Z', severity: 2, causedBy: 'dep-2' }], 'api-token:test')
    await recompute.recomputeStaleEventFigures('org', Q)
    expect(await figure('org', 'change_failure_rate')).toMatchObject({ value: 50, n: 4, version: 2 })
    expect(await figure('org', 'lead_time_hours')).toMatchObject({ value: 2.5, version: 1 })
    expect(await figure('org', 'major_incidents')).toMatchObject({ value: 1, n: 1, source: 'events', version: 1 })
  })

  it('replaces a demo placeholder with a computed value, but never with a blank', async () => {
    const demo = (metricKey: string) => ({ scope: 'org', quarter: Q, metricKey, value: 7, source: 'demo', updatedBy: 'system' })
    await t.db.prisma.figure.createMany({ data: [demo('lead_time_hours'), demo('mttr_hours')] })
    await ingestQuarter()
    await recompute.recomputeStaleEventFigures('org', Q)
    expect(await figure('org', 'lead_time_hours')).toMatchObject({ value: 2.5, source: 'events', version: 2 })
    expect(await figure('org', 'mttr_hours')).toMatchObject({ value: 7, source: 'demo', version: 1 })
  })

  it('does nothing for a quarter that is not stale', async () => {
    await ingestQuarter()
    await recompute.recomputeStaleEventFigures('org', Q)
    const audits = () => t.db.prisma.auditEvent.count({ where: { action: { startsWith: 'figures.' } } })
    const before = { figures: await t.db.prisma.figure.count(), audits: await audits() }
    // A quarter with events that was computed after it ended is not stale (an unmarked one never
    // computed is: every quarter from the first event on is computed).
    await recompute.recomputeStaleEventFigures('org', Q)
    expect({ figures: await t.db.prisma.figure.count(), audits: await audits() }).toEqual(before)
  })

  it('computes a quarter once when several app servers recompute it at the same moment', async () => {
    await ingestQuarter()
    // On PostgreSQL these run on separate pooled connections, as two app servers would; each takes
    // the write lock and re-reads the mark, so the second finds it gone and writes nothing.
    await Promise.all([1, 2, 3].map(() => recompute.recomputeStaleEventFigures('org', Q)))
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'figures.recompute', entityId: `org/${Q}` } })).toBe(1)
    expect(await figure('org', 'lead_time_hours')).toMatchObject({ value: 2.5, n: 4, version: 1 })
  })

  it('records a change to a published quarter as a restatement', async () => {
    await ingestQuarter()
    await recompute.recomputeStaleEventFigures('org', Q)
    await t.db.prisma.quarter.update({
      where: { scope_quarter: { scope: 'org', quarter: Q } },
      data: { publishedAt: new Date(), publishedBy: 'cto' },
    })
    await t.deployments.ingestDeployments(
      [{ id: 'dep-late', deployedAt: '2026-09-01T00:00:00Z', failed: true, commits: [] }],
      'api-token:test',
    )
    await recompute.recomputeStaleEventFigures('org', Q)
    const restatements = await t.db.prisma.restatement.findMany({ where: { scope: 'org', quarter: Q }, orderBy: { metricKey: 'asc' } })
    expect(restatements.map((r) => [r.metricKey, r.oldValue, r.newValue])).toEqual([
      ['change_failure_rate', 25, 40],
      ['deployment_frequency', expect.closeTo(4 / 92, 12), expect.closeTo(5 / 92, 12)],
      ['rework_rate', 25, 20],
    ])
    expect(restatements[0]).toMatchObject({ actor: recompute.EVENTS_ACTOR, reason: expect.stringContaining('after publication') })
  })
})
