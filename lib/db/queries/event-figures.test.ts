import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { computeEventFigures, type EventSet } from '@/lib/metrics/dora-events'
import { daysInQuarter } from '@/lib/metrics/quarters'
import { quarterBoundsUtc } from '@/lib/metrics/time-zone'
import { Prisma } from '../generated/client'
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from '@/tooling/db/temp-database'
import { clearEvents, eventSet, QUARTER, storeEvents } from '@/tooling/fixtures/random-event-sets'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
let temp: TempDatabase
let db: typeof import('../client')
let figures: typeof import('./event-figures')

beforeAll(async () => {
  temp = createTempDatabase('event-figures')
  db = await openAppClient(temp)
  figures = await import('./event-figures')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

const clear = () => clearEvents(db.prisma)
const store = (events: EventSet) => storeEvents(db.prisma, events)

beforeEach(clear)

async function expectAgreement(events: EventSet, timeZone: string) {
  await clear()
  await store(events)
  const { start, end } = quarterBoundsUtc(QUARTER, timeZone)
  for (const scope of ['org', 'team-a', 'team-b', 'team-c']) {
    const expected = computeEventFigures(events, scope, { start, end, days: daysInQuarter(QUARTER) })
    expect(await figures.computeQuarterFigures(scope, QUARTER, timeZone), `${scope} in ${timeZone}`).toEqual(expected)
  }
}

describe('computeQuarterFigures agrees with the reference formulas', () => {
  for (const timeZone of ['Asia/Tokyo', 'UTC', 'America/New_York']) {
    it(`on random event sets in ${timeZone}`, async () => {
      await fc.assert(
        fc.asyncProperty(eventSet(timeZone), (events) => expectAgreement(events, timeZone)),
        { numRuns: 40 },
      )
    })
  }
})

describe('time-zone edges and scoping', () => {
  it('counts a deployment at 00:30 on 1 July in Tokyo in Q3 there, but in Q2 in UTC, for its team and the organisation', async () => {
    // 2026-06-30T15:30Z is 00:30 on 1 July in Tokyo (UTC+9).
    const deployedAt = new Date('2026-06-30T15:30:00.000Z')
    await store({
      deployments: [{ externalId: 'edge', deployedAt, teamId: 'team-a', failed: true, unplanned: false }],
      changes: [{ sha: 'edge-sha', deploymentExternalId: 'edge', committedAt: new Date('2026-06-30T13:30:00.000Z') }],
      incidents: [],
    })
    const tokyo = async (scope: string, quarter: string) =>
      Object.fromEntries((await figures.computeQuarterFigures(scope, quarter, 'Asia/Tokyo')).map((f) => [f.metricKey, f]))
    for (const scope of ['team-a', 'org']) {
      const q3 = await tokyo(scope, '2026-Q3')
      expect(q3.deployment_frequency).toEqual({ metricKey: 'deployment_frequency', value: 1 / 92, n: 1 })
      expect(q3.lead_time_hours).toEqual({ metricKey: 'lead_time_hours', value: 2, n: 1 })
      expect(q3.change_failure_rate).toEqual({ metricKey: 'change_failure_rate', value: 100, n: 1 })
      // Q2 in Tokyo is before the scope's first deployment: no value, not a measured 0.
      expect((await tokyo(scope, '2026-Q2')).deployment_frequency).toEqual({ metricKey: 'deployment_frequency', value: null, n: 0 })
    }
    expect((await tokyo('team-b', '2026-Q3')).deployment_frequency.value).toBeNull()
    const utc = Object.fromEntries((await figures.computeQuarterFigures('org', '2026-Q2', 'UTC')).map((f) => [f.metricKey, f]))
    expect(utc.deployment_frequency).toEqual({ metricKey: 'deployment_frequency', value: 1 / 91, n: 1 })
  })

  it('measures a quiet quarter after the first deployment as 0, and divides a quarter in progress by the days elapsed', async () => {
    await store({
      deployments: [{ externalId: 'q3', deployedAt: new Date('2026-08-01T00:00:00Z'), teamId: 'team-a', failed: false, unplanned: false }],
      changes: [],
      incidents: [
        {
          externalId: 'i-q3',
          openedAt: new Date('2026-08-02T00:00:00Z'),
          acknowledgedAt: null,
          resolvedAt: null,
          severity: 1,
          teamId: 'team-a',
          causedBy: null,
        },
      ],
    })
    const q4 = (scope: string, now: Date) =>
      figures
        .computeQuarterFigures(scope, '2026-Q4', 'UTC', undefined, now)
        .then((list) => Object.fromEntries(list.map((f) => [f.metricKey, f])))
    const ended = await q4('team-a', new Date('2027-02-01T00:00:00Z'))
    expect(ended.deployment_frequency).toEqual({ metricKey: 'deployment_frequency', value: 0, n: 0 })
    expect(ended.major_incidents).toEqual({ metricKey: 'major_incidents', value: 0, n: 0 })
    expect(ended.change_failure_rate).toEqual({ metricKey: 'change_failure_rate', value: null, n: 0 })
    expect(ended.mttr_hours).toEqual({ metricKey: 'mttr_hours', value: null, n: 0 })
    expect((await q4('team-b', new Date('2027-02-01T00:00:00Z'))).deployment_frequency.value).toBeNull()
    // Q3 on 10 August, day 41: one deployment over 41 days, not over 92.
    const q3 = await figures.computeQuarterFigures('team-a', '2026-Q3', 'UTC', undefined, new Date('2026-08-10T09:00:00Z'))
    expect(q3.find((f) => f.metricKey === 'deployment_frequency')).toEqual({ metricKey: 'deployment_frequency', value: 1 / 41, n: 1 })
  })
})

describe('query plans', () => {
  /** Runs computeQuarterFigures, and EXPLAIN QUERY PLAN for every statement it sent. */
  async function plansOf(scope: string): Promise<string[]> {
    const statements: Prisma.Sql[] = []
    const reader = {
      $queryRaw: ((query: TemplateStringsArray, ...values: unknown[]) => {
        statements.push(new Prisma.Sql(query, values as Prisma.Sql[]))
        return db.prisma.$queryRaw(query, ...values)
      }) as typeof db.prisma.$queryRaw,
    }
    await figures.computeQuarterFigures(scope, QUARTER, 'UTC', reader)
    const plans: string[] = []
    for (const statement of statements) {
      const rows = await db.prisma.$queryRaw<{ detail: string }[]>`EXPLAIN QUERY PLAN ${statement}`
      plans.push(rows.map((r) => r.detail).join(' | '))
    }
    return plans
  }

  it('reads each quarter through the time indexes, never scanning deployments or changes whole', async () => {
    const org = (await plansOf('org')).join('\n')
    for (const index of [
      'Deployment_deployedAt_idx',
      'FirstDeploy_deployedAt_idx',
      'Incident_openedAt_idx',
      'Incident_resolvedAt_idx',
      'Incident_causedBy_idx',
    ]) {
      expect(org).toContain(index)
    }
    const team = (await plansOf('team-a')).join('\n')
    for (const index of ['Deployment_teamId_deployedAt_idx', 'FirstDeploy_teamId_deployedAt_idx', 'Incident_causedBy_idx']) {
      expect(team).toContain(index)
    }
    for (const plan of [org, team]) expect(plan).not.toMatch(/SCAN (d|"?Deployment"?|"?FirstDeploy"?)( |$)/m)
  })
})
