import { describe, expect, it } from 'vitest'
import { daysElapsed, progressText, quarterProgress } from './quarter-progress'

const at = (iso: string) => new Date(iso)

describe('quarterProgress', () => {
  it('is day 1 of 92 on the first day of Q3 and day 92 of 92 on its last', () => {
    expect(quarterProgress('2026-Q3', 'UTC', at('2026-07-01T00:00:00Z'))).toEqual({ day: 1, days: 92 })
    expect(quarterProgress('2026-Q3', 'UTC', at('2026-09-30T23:59:59.999Z'))).toEqual({ day: 92, days: 92 })
  })

  it('counts day 40 on 9 August', () => {
    const progress = quarterProgress('2026-Q3', 'UTC', at('2026-08-09T12:00:00Z'))
    expect(progress).toEqual({ day: 40, days: 92 })
    expect(progressText(progress!)).toBe('in progress: day 40 of 92')
  })

  it('is null for a quarter that has ended or not begun', () => {
    expect(quarterProgress('2026-Q2', 'UTC', at('2026-07-01T00:00:00Z'))).toBeNull()
    expect(quarterProgress('2026-Q4', 'UTC', at('2026-09-30T23:59:59.999Z'))).toBeNull()
  })

  it("counts in the organisation's time zone, not UTC", () => {
    // 15:30 UTC on 30 June is 00:30 on 1 July in Tokyo: Q3 has begun there, not in UTC.
    const now = at('2026-06-30T15:30:00Z')
    expect(quarterProgress('2026-Q3', 'Asia/Tokyo', now)).toEqual({ day: 1, days: 92 })
    expect(quarterProgress('2026-Q3', 'UTC', now)).toBeNull()
    expect(quarterProgress('2026-Q2', 'UTC', now)).toEqual({ day: 91, days: 91 })
    // 02:00 UTC on 1 October is still 30 September in New York: the last day of Q3 there.
    expect(quarterProgress('2026-Q3', 'America/New_York', at('2026-10-01T02:00:00Z'))).toEqual({ day: 92, days: 92 })
  })

  it('counts whole local days across a daylight-saving change', () => {
    // Europe/Berlin moves to summer time on 29 March 2026; 31 March is still day 90 of Q1.
    expect(quarterProgress('2026-Q1', 'Europe/Berlin', at('2026-03-31T12:00:00Z'))).toEqual({ day: 90, days: 90 })
  })
})

describe('daysElapsed', () => {
  it('is the day of a quarter in progress and the whole quarter once it has ended', () => {
    expect(daysElapsed('2026-Q3', 'UTC', at('2026-07-10T08:00:00Z'))).toBe(10)
    expect(daysElapsed('2026-Q3', 'UTC', at('2026-10-10T08:00:00Z'))).toBe(92)
  })
})
