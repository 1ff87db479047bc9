import { parseQuarter } from './quarters'

/** Offset of a time zone from UTC at an instant, in milliseconds (e.g. +3_600_000 for CET in winter). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** The UTC instant of local midnight starting a calendar day in a time zone (DST-safe). */
export function localMidnightUtc(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day)
  const first = guess - zoneOffsetMs(guess, timeZone)
  // Re-read the offset at the result: across a DST change the first guess is an hour off.
  return new Date(guess - zoneOffsetMs(first, timeZone))
}

/**
 * A quarter as a half-open UTC interval [start, end) in the organisation's time zone, so an event
 * at 00:30 on 1 July in Tokyo belongs to Q3 although it is still 30 June in UTC.
 */
export function quarterBoundsUtc(key: string, timeZone: string): { start: Date; end: Date } {
  const { year, quarter } = parseQuarter(key)
  const startMonth = (quarter - 1) * 3 + 1
  const endYear = quarter === 4 ? year + 1 : year
  const endMonth = quarter === 4 ? 1 : startMonth + 3
  return { start: localMidnightUtc(year, startMonth, 1, timeZone), end: localMidnightUtc(endYear, endMonth, 1, timeZone) }
}
