import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quarterOf } from '@/lib/metrics/quarters'
import { quarterResolver, StaleMarks } from './ingest-stale-marks'

const ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'Europe/London']

describe('quarterResolver', () => {
  it('agrees with quarterOf for any instant in any zone, quarter boundaries included', () => {
    const boundary = fc
      .tuple(fc.integer({ min: 1990, max: 2060 }), fc.constantFrom(0, 3, 6, 9), fc.integer({ min: -50, max: 50 }))
      .map(([year, month, hours]) => new Date(Date.UTC(year, month, 1) + hours * 3_600_000 + 59_999))
    const anyInstant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.oneof(boundary, anyInstant), (zone, at) => {
        expect(quarterResolver(zone)(at)).toBe(quarterOf(at, zone))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('StaleMarks', () => {
  it('marks the team and the organisation once per quarter, and nothing for a missing instant', () => {
    const marks = new StaleMarks('UTC')
    marks.add('team-1', new Date('2026-07-01T00:00:00Z'))
    marks.add(null, new Date('2026-09-30T23:59:59Z'))
    marks.add('team-1', null)
    marks.add('team-2', new Date('2026-06-30T23:59:59Z'))
    expect(
      marks
        .list()
        .map((p) => `${p.scope}/${p.quarter}`)
        .sort(),
    ).toEqual(['org/2026-Q2', 'org/2026-Q3', 'team-1/2026-Q3', 'team-2/2026-Q2'])
  })
})
