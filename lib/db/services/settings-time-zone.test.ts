import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addQuarters, compareQuarters, daysInQuarter, quarterOf } from '@/lib/metrics/quarters'
import type { Scorecard } from '@/lib/metrics/scorecard-model'
import { clearEventsAndFigures, closeIngestTestDb, openIngestTestDb, staleMarks, type IngestTestDb } from '@/tooling/db/ingest-test-support'

// Real ingestion, the real recompute and the real scorecard read: a change of time zone must move
// events between quarters once the marked quarters are recomputed, as the recompute job does.
let t: IngestTestDb
let settings: typeof import('./settings')
let scorecard: typeof import('../queries/scorecard')
let recompute: typeof import('./recompute-event-figures')
let teamId: string

beforeAll(async () => {
  t = await openIngestTestDb('settings-time-zone')
  settings = await import('./settings')
  scorecard = await import('../queries/scorecard')
  recompute = await import('./recompute-event-figures')
  teamId = (await t.db.prisma.team.create({ data: { slug: 'alpha', name: 'Alpha' } })).id
}, 120_000)

afterAll(() => closeIngestTestDb(t))

beforeEach(() => clearEventsAndFigures(t))

const form = {
  orgName: 'Acme',
  fiscalStartMonth: '1',
  currency: 'USD',
  defaultBenchmarkSet: '2023',
  reportPageSize: 'A4',
  severityWeightCritical: '10',
  severityWeightHigh: '5',
  severityWeightMedium: '2',
  severityWeightLow: '1',
}

async function saveSettings(timeZone: string, orgName = 'Acme') {
  expect(await settings.updateSettings({ ...form, orgName, timeZone }, 'cto@example.test')).toMatchObject({ ok: true })
}

async function deploy(...items: [id: string, deployedAt: string][]) {
  const batch = items.map(([id, deployedAt]) => ({ id, deployedAt, team: 'alpha', commits: [] }))
  expect(await t.deployments.ingestDeployments(batch, 'api-token:test')).toMatchObject({ ok: true })
}

/** Recomputes every marked quarter, one at a time, as the recompute job would. */
async function recomputeMarked() {
  const { markAllElapsedQuarters } = await import('./elapsed-quarter-marks')
  await markAllElapsedQuarters()
  const marks = await t.db.prisma.staleEventFigures.findMany()
  for (const { scope, quarter } of marks) await recompute.recomputeStaleEventFigures(scope, quarter)
}

function history(card: Scorecard, metricKey: string) {
  const metric = card.categories.flatMap((c) => c.metrics).find((m) => m.metric.key === metricKey)
  return metric?.history ?? []
}

/** Deployments per quarter as the scorecard shows them (frequency × days); null where no figure. */
async function deploymentsPerQuarter(scope: string, quarter: string): Promise<Record<string, number | null>> {
  await recomputeMarked()
  const points = history(await scorecard.getScorecard(scope, quarter), 'deployment_frequency')
  return Object.fromEntries(points.map((p) => [p.quarter, p.value === null ? null : Math.round(p.value * daysInQuarter(p.quarter))]))
}

async function majorIncidentsPerQuarter(scope: string, quarter: string): Promise<Record<string, number | null>> {
  await recomputeMarked()
  const points = history(await scorecard.getScorecard(scope, quarter), 'major_incidents')
  return Object.fromEntries(points.map((p) => [p.quarter, p.value]))
}

const EARLIER = { '2024-Q2': null, '2024-Q3': null, '2024-Q4': null }

describe('updateSettings and event figures', () => {
  it('recomputes the quarters a new time zone moves events between, including one that had no figures', async () => {
    await saveSettings('UTC')
    await deploy(
      ['a', '2025-03-31T23:30:00Z'], // 1 April 01:30 in Berlin (CEST): Q1 in UTC, Q2 in Berlin
      ['b', '2025-02-10T12:00:00Z'],
      ['c', '2025-05-10T12:00:00Z'],
      ['e', '2025-12-31T23:30:00Z'], // 1 January 2026 in Berlin: a quarter with no figures in UTC
    )
    // Opened and resolved on 30 June in UTC, on 1 July in Berlin.
    const incident = { id: 'i1', team: 'alpha', severity: 1, openedAt: '2025-06-30T23:00:00Z', resolvedAt: '2025-06-30T23:45:00Z' }
    expect(await t.incidents.ingestIncidents([incident], 'api-token:test')).toMatchObject({ ok: true })

    for (const scope of [teamId, 'org']) {
      expect(await deploymentsPerQuarter(scope, '2026-Q1')).toEqual({
        // Q3 and 2026-Q1 have no deployment but come after the first: measured 0s, not "no data".
        ...EARLIER,
        '2025-Q1': 2,
        '2025-Q2': 1,
        '2025-Q3': 0,
        '2025-Q4': 1,
        '2026-Q1': 0,
      })
    }
    expect(await staleMarks(t)).toEqual([])

    await saveSettings('Europe/Berlin')
    // Every quarter computed from events (from the first event through today's, quiet ones being measured
    // zeros) and those events moved into; not the empty quarters before the first event.
    const quarters: string[] = []
    for (let q = '2025-Q1'; compareQuarters(q, quarterOf(new Date(), 'Europe/Berlin')) <= 0; q = addQuarters(q, 1)) quarters.push(q)
    expect(await staleMarks(t)).toEqual([teamId, 'org'].flatMap((scope) => quarters.map((q) => `${scope}/${q}`)).sort())

    for (const scope of [teamId, 'org']) {
      // Q3 and Q4 show no deployments rather than none reported: the team deploys, just not then.
      expect(await deploymentsPerQuarter(scope, '2026-Q1')).toEqual({
        ...EARLIER,
        '2025-Q1': 1,
        '2025-Q2': 2,
        '2025-Q3': 0,
        '2025-Q4': 0,
        '2026-Q1': 1,
      })
      // The first incident came in Q3: before it, no count (the incident feed had not begun), after it 0.
      expect(await majorIncidentsPerQuarter(scope, '2026-Q1')).toEqual({
        ...EARLIER,
        '2025-Q1': null,
        '2025-Q2': null,
        '2025-Q3': 1,
        '2025-Q4': 0,
        '2026-Q1': 0,
      })
    }
    expect(await staleMarks(t)).toEqual([])
    // The settings change is audited as before: the keys that changed, nothing more.
    const audit = await t.db.prisma.auditEvent.findMany({ where: { action: 'settings.update' }, orderBy: { id: 'desc' } })
    expect(JSON.parse(audit[0].after ?? '')).toEqual({ timeZone: 'Europe/Berlin' })
  })

  it('moves events back across a boundary the other way for a zone behind UTC', async () => {
    await saveSettings('UTC')
    // 31 March and 31 December evenings in New York.
    await deploy(['x', '2026-04-01T02:00:00Z'], ['y', '2026-01-01T02:00:00Z'], ['z', '2026-05-05T12:00:00Z'])
    expect(await deploymentsPerQuarter('org', '2026-Q2')).toMatchObject({ '2025-Q4': null, '2026-Q1': 1, '2026-Q2': 2 })

    await saveSettings('America/New_York')
    expect(await deploymentsPerQuarter('org', '2026-Q2')).toMatchObject({ '2025-Q3': null, '2025-Q4': 1, '2026-Q1': 1, '2026-Q2': 1 })
    expect(await deploymentsPerQuarter(teamId, '2026-Q2')).toMatchObject({ '2025-Q4': 1, '2026-Q1': 1, '2026-Q2': 1 })

    await saveSettings('UTC')
    // Back in UTC, 2025-Q4 comes before the first deployment again: no value, not a measured 0.
    expect(await deploymentsPerQuarter('org', '2026-Q2')).toMatchObject({ '2025-Q4': null, '2026-Q1': 1, '2026-Q2': 2 })
  })

  it('restates a published quarter rather than rewriting it silently', async () => {
    await saveSettings('UTC')
    await deploy(['a', '2026-03-31T23:30:00Z'], ['b', '2026-02-10T12:00:00Z'])
    await recomputeMarked()
    await t.db.prisma.quarter.update({ where: { scope_quarter: { scope: 'org', quarter: '2026-Q1' } }, data: { publishedAt: new Date() } })

    await saveSettings('Europe/Berlin')
    expect(await deploymentsPerQuarter('org', '2026-Q2')).toMatchObject({ '2026-Q1': 1, '2026-Q2': 1 })
    const restated = await t.db.prisma.restatement.findMany({
      where: { scope: 'org', quarter: '2026-Q1', metricKey: 'deployment_frequency' },
    })
    expect(restated).toHaveLength(1)
    expect(restated[0].oldValue).toBeCloseTo(2 / 90, 12)
    expect(restated[0].newValue).toBeCloseTo(1 / 90, 12)
  })

  it('marks nothing when the time zone does not change', async () => {
    await saveSettings('Europe/Berlin')
    await deploy(['a', '2026-03-31T23:30:00Z'])
    await recomputeMarked()
    expect(await staleMarks(t)).toEqual([])

    await saveSettings('Europe/Berlin', 'Acme Corp')
    await saveSettings('Europe/Berlin', 'Acme Corp')
    expect(await staleMarks(t)).toEqual([])
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'settings.update' } })).toBe(2)
  })

  it('marks nothing when there are no events', async () => {
    await saveSettings('UTC')
    await saveSettings('Asia/Tokyo')
    expect(await staleMarks(t)).toEqual([])
  })

  it('saves a new time zone even when a far-future event was stored before the event window existed', async () => {
    await saveSettings('UTC')
    // As an older version stored it: the event, and its quarter marked for recompute.
    await t.db.prisma.deployment.create({ data: { externalId: 'far', deployedAt: new Date('9999-12-31T23:59:59Z') } })
    await t.db.prisma.staleEventFigures.create({ data: { scope: 'org', quarter: '9999-Q4', markedAt: new Date() } })
    await deploy(['a', '2026-05-10T12:00:00Z'])
    await scorecard.getScorecard('org', '2026-Q2')

    await saveSettings('America/New_York')
    await saveSettings('Asia/Tokyo')
    expect(await staleMarks(t)).not.toContain('org/10000-Q1')
    expect(await deploymentsPerQuarter('org', '2026-Q2')).toMatchObject({ '2026-Q2': 1 })
  })
})
