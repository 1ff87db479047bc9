import { describe, expect, it } from 'vitest'
import { localMidnightUtc, quarterBoundsUtc, zoneOffsetMs } from './time-zone'

describe('time zones', () => {
  it('reads offsets, including daylight saving time', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), 'Europe/Berlin')).toBe(3_600_000)
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'Europe/Berlin')).toBe(7_200_000)
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'UTC')).toBe(0)
  })

  it('finds local midnight in UTC', () => {
    expect(localMidnightUtc(2026, 7, 1, 'Asia/Tokyo').toISOString()).toBe('2026-06-30T15:00:00.000Z')
    expect(localMidnightUtc(2026, 4, 1, 'America/New_York').toISOString()).toBe('2026-04-01T04:00:00.000Z')
    // 29 March 2026 is the day Berlin springs forward; midnight is still +01:00.
    expect(localMidnightUtc(2026, 3, 29, 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z')
  })

  it('gives a quarter as a half-open UTC interval in the organisation time zone', () => {
    expect(quarterBoundsUtc('2026-Q3', 'UTC')).toEqual({ start: new Date('2026-07-01T00:00:00Z'), end: new Date('2026-10-01T00:00:00Z') })
    const tokyo = quarterBoundsUtc('2026-Q4', 'Asia/Tokyo')
    expect(tokyo.start.toISOString()).toBe('2026-09-30T15:00:00.000Z')
    expect(tokyo.end.toISOString()).toBe('2026-12-31T15:00:00.000Z')
  })
})
