import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  computeEventFigures,
  leadTimesMs,
  mean,
  median,
  type DeploymentEvent,
  type EventFigure,
  type EventSet,
  type IncidentEvent,
  type QuarterWindow,
} from './dora-events'

const HOUR = 3_600_000
const Q3: QuarterWindow = { start: new Date('2026-07-01T00:00:00Z'), end: new Date('2026-10-01T00:00:00Z'), days: 92 }
const at = (iso: string) => new Date(iso)

function deployment(externalId: string, deployedAt: string, extra: Partial<DeploymentEvent> = {}): DeploymentEvent {
  return { externalId, deployedAt: at(deployedAt), teamId: 'team-a', failed: false, unplanned: false, ...extra }
}

function incident(externalId: string, openedAt: string, extra: Partial<IncidentEvent> = {}): IncidentEvent {
  return {
    externalId,
    openedAt: at(openedAt),
    acknowledgedAt: null,
    resolvedAt: null,
    severity: 3,
    teamId: 'team-a',
    causedBy: null,
    ...extra,
  }
}

function byKey(figures: EventFigure[]) {
  return Object.fromEntries(figures.map((f) => [f.metricKey, { value: f.value, n: f.n }]))
}

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([5])).toBe(5)
    expect(median([])).toBeNull()
  })

  it('lies between the smallest and the largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { minLength: 1 }), (values) => {
        const m = median(values)!
        expect(m).toBeGreaterThanOrEqual(Math.min(...values))
        expect(m).toBeLessThanOrEqual(Math.max(...values))
      }),
    )
  })

  it('does not depend on the order of the values', () => {
    const valuesAndOrder = fc
      .array(fc.integer(), { minLength: 1 })
      .chain((values) => fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })))
    fc.assert(
      fc.property(valuesAndOrder, ([values, shuffled]) => {
        expect(median(shuffled)).toBe(median(values))
      }),
    )
  })
})

describe('mean', () => {
  it('is the sum over the count, and null for no values', () => {
    expect(mean([1, 2, 6])).toBe(3)
    expect(mean([])).toBeNull()
  })
})

describe('leadTimesMs', () => {
  const deployments = [deployment('d1', '2026-07-10T12:00:00Z'), deployment('d2', '2026-07-20T12:00:00Z')]

  it('counts each sha once, at its first deployment, whatever order the pairs arrive in', () => {
    const changes = [
      { sha: 'a', deploymentExternalId: 'd2', committedAt: at('2026-07-10T10:00:00Z') },
      { sha: 'a', deploymentExternalId: 'd1', committedAt: at('2026-07-10T10:00:00Z') },
    ]
    expect(leadTimesMs(deployments, changes, 'org', Q3)).toEqual([2 * HOUR])
  })

  it('ignores a change whose commit is not before its deployment', () => {
    const changes = [
      { sha: 'same', deploymentExternalId: 'd1', committedAt: at('2026-07-10T12:00:00Z') },
      { sha: 'later', deploymentExternalId: 'd1', committedAt: at('2026-07-10T13:00:00Z') },
      { sha: 'ok', deploymentExternalId: 'd1', committedAt: at('2026-07-10T11:00:00Z') },
    ]
    expect(leadTimesMs(deployments, changes, 'org', Q3)).toEqual([HOUR])
  })

  it('never counts a sha twice and never returns a value ≤ 0 (property)', () => {
    const pairs = fc.array(
      fc.record({
        sha: fc.constantFrom('a', 'b', 'c', 'd'),
        d: fc.constantFrom('d1', 'd2'),
        back: fc.integer({ min: -5 * HOUR, max: 5 * HOUR }),
      }),
    )
    fc.assert(
      fc.property(pairs, (raw) => {
        const changes = raw.map((p) => ({
          sha: p.sha,
          deploymentExternalId: p.d,
          committedAt: new Date(at('2026-07-10T12:00:00Z').getTime() - p.back),
        }))
        const times = leadTimesMs(deployments, changes, 'org', Q3)
        expect(times.length).toBeLessThanOrEqual(new Set(raw.map((p) => p.sha)).size)
        expect(times.every((ms) => ms > 0)).toBe(true)
      }),
    )
  })
})

describe('computeEventFigures', () => {
  const events: EventSet = {
    deployments: [
      deployment('d1', '2026-07-01T00:00:00Z', { failed: true }),
      deployment('d2', '2026-08-01T00:00:00Z', { unplanned: true }),
      deployment('d3', '2026-09-30T23:59:59.999Z', { teamId: 'team-b' }),
      deployment('d4', '2026-10-01T00:00:00Z'), // next quarter: end is exclusive
      deployment('d0', '2026-06-30T23:59:59.999Z', { teamId: null }), // previous quarter
    ],
    changes: [
      { sha: 's1', deploymentExternalId: 'd1', committedAt: at('2026-06-30T20:00:00Z') }, // 4 h
      { sha: 's2', deploymentExternalId: 'd2', committedAt: at('2026-07-31T14:00:00Z') }, // 10 h
      { sha: 's3', deploymentExternalId: 'd3', committedAt: at('2026-09-30T21:59:59.999Z') }, // 2 h, team-b
      { sha: 's4', deploymentExternalId: 'd2', committedAt: at('2026-08-01T00:00:00Z') }, // 0: ignored
    ],
    incidents: [
      // Caused by d2 (made d2 a failure), opened in Q3, acknowledged after 10 min, resolved after 3 h.
      incident('i1', '2026-08-02T00:00:00Z', {
        severity: 1,
        causedBy: 'd2',
        acknowledgedAt: at('2026-08-02T00:10:00Z'),
        resolvedAt: at('2026-08-02T03:00:00Z'),
      }),
      // Opened in Q2, resolved in Q3 after 30 h; counts for recovery and MTTR, not for MTTA or majors.
      incident('i2', '2026-06-29T18:00:00Z', {
        severity: 2,
        causedBy: 'd0',
        acknowledgedAt: at('2026-06-29T18:20:00Z'),
        resolvedAt: at('2026-07-01T00:00:00Z'),
      }),
      // No cause: MTTR only; acknowledged after 30 min; severity 3 is not major.
      incident('i3', '2026-09-01T00:00:00Z', {
        acknowledgedAt: at('2026-09-01T00:30:00Z'),
        resolvedAt: at('2026-09-01T01:00:00Z'),
        teamId: null,
      }),
    ],
  }

  it('computes the organisation figures by the documented rules', () => {
    expect(byKey(computeEventFigures(events, 'org', Q3))).toEqual({
      deployment_frequency: { value: 3 / 92, n: 3 },
      lead_time_hours: { value: 4, n: 3 }, // median of 2, 4, 10
      change_failure_rate: { value: (2 / 3) * 100, n: 3 }, // d1 failed, d2 caused i1
      recovery_time_hours: { value: (3 + 30) / 2, n: 2 }, // i1 and i2, even count
      rework_rate: { value: (1 / 3) * 100, n: 3 },
      major_incidents: { value: 1, n: 2 }, // i1; i2 opened in Q2
      mtta_minutes: { value: (10 + 30) / 2, n: 2 },
      mttr_hours: { value: (3 + 30 + 1) / 3, n: 3 },
    })
  })

  it("counts a team's events for that team only", () => {
    const teamB = byKey(computeEventFigures(events, 'team-b', Q3))
    expect(teamB.deployment_frequency).toEqual({ value: 1 / 92, n: 1 })
    expect(teamB.lead_time_hours).toEqual({ value: 2, n: 1 })
    expect(teamB.change_failure_rate).toEqual({ value: 0, n: 1 })
    // team-b has never reported an incident: no count, not a count of 0.
    expect(teamB.major_incidents).toEqual({ value: null, n: 0 })
    expect(teamB.mttr_hours).toEqual({ value: null, n: 0 })
  })

  it('gives no rate without deployments, and a frequency of 0 only to a scope that reports deployments', () => {
    const later: QuarterWindow = { start: at('2027-01-01T00:00:00Z'), end: at('2027-04-01T00:00:00Z'), days: 90 }
    const figures = byKey(computeEventFigures(events, 'team-a', later))
    expect(figures.deployment_frequency).toEqual({ value: 0, n: 0 })
    expect(figures.change_failure_rate).toEqual({ value: null, n: 0 })
    expect(figures.rework_rate).toEqual({ value: null, n: 0 })
    expect(figures.lead_time_hours).toEqual({ value: null, n: 0 })
    expect(byKey(computeEventFigures(events, 'team-z', later)).deployment_frequency).toEqual({ value: null, n: 0 })
  })

  it('measures a quarter without events after the first as 0 deployments a day and 0 major incidents', () => {
    const q4: QuarterWindow = { start: at('2026-10-01T00:00:00Z'), end: at('2027-01-01T00:00:00Z'), days: 92 }
    const quiet = { ...events, deployments: events.deployments.filter((d) => d.externalId !== 'd4') }
    const figures = byKey(computeEventFigures(quiet, 'org', q4))
    expect(figures.deployment_frequency).toEqual({ value: 0, n: 0 })
    expect(figures.major_incidents).toEqual({ value: 0, n: 0 })
    // Rates over no deployments and durations with nothing to measure stay "no data".
    expect(figures.change_failure_rate).toEqual({ value: null, n: 0 })
    expect(figures.rework_rate).toEqual({ value: null, n: 0 })
    expect(figures.recovery_time_hours).toEqual({ value: null, n: 0 })
    expect(figures.mttr_hours).toEqual({ value: null, n: 0 })
  })

  it('gives no value to the quarters before a scope sent its first event', () => {
    const q1: QuarterWindow = { start: at('2026-01-01T00:00:00Z'), end: at('2026-04-01T00:00:00Z'), days: 90 }
    const figures = byKey(computeEventFigures(events, 'org', q1))
    expect(figures.deployment_frequency).toEqual({ value: null, n: 0 })
    expect(figures.major_incidents).toEqual({ value: null, n: 0 })
  })

  it('divides the frequency by the days the window says have elapsed', () => {
    const inProgress: QuarterWindow = { ...Q3, days: 40 }
    expect(byKey(computeEventFigures(events, 'org', inProgress)).deployment_frequency).toEqual({ value: 3 / 40, n: 3 })
  })

  it('ignores incident durations below 0 and keeps those of 0', () => {
    const odd: EventSet = {
      deployments: [],
      changes: [],
      incidents: [
        incident('a', '2026-08-01T10:00:00Z', { resolvedAt: at('2026-08-01T09:00:00Z'), acknowledgedAt: at('2026-08-01T09:59:00Z') }),
        incident('b', '2026-08-01T10:00:00Z', { resolvedAt: at('2026-08-01T10:00:00Z'), acknowledgedAt: at('2026-08-01T10:00:00Z') }),
      ],
    }
    const figures = byKey(computeEventFigures(odd, 'org', Q3))
    expect(figures.mttr_hours).toEqual({ value: 0, n: 1 })
    expect(figures.mtta_minutes).toEqual({ value: 0, n: 1 })
  })

  it('counts an organisation figure over at least as many events as any team (property)', () => {
    const arbitrary = fc.array(
      fc.record({ team: fc.constantFrom('team-a', 'team-b', null), day: fc.integer({ min: -10, max: 100 }), failed: fc.boolean() }),
    )
    fc.assert(
      fc.property(arbitrary, (raw) => {
        const deployments = raw.map((d, i) =>
          deployment(`d${i}`, new Date(Q3.start.getTime() + d.day * 24 * HOUR).toISOString(), { teamId: d.team, failed: d.failed }),
        )
        const set = { deployments, changes: [], incidents: [] }
        const org = byKey(computeEventFigures(set, 'org', Q3)).deployment_frequency.n
        const teams = ['team-a', 'team-b'].map((t) => byKey(computeEventFigures(set, t, Q3)).deployment_frequency.n)
        expect(org).toBeGreaterThanOrEqual(teams[0] + teams[1])
      }),
    )
  })
})
