import { daysInQuarter, parseQuarter, quarterOf } from './quarters'
import { localMidnightUtc } from './time-zone'

/** How far a quarter in progress has run, in whole local days of the organisation's time zone. */
export interface QuarterProgress {
  /** Today's day of the quarter: 1 on its first local day, `days` on its last. */
  day: number
  days: number
}

const DAY_MS = 86_400_000

/** The local calendar date of an instant in a time zone, as a UTC midnight (so dates subtract exactly). */
function localDateUtc(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return Date.UTC(get('year'), get('month') - 1, get('day'))
}

/**
 * The progress of `quarter` at `now`, or null when the quarter is not the current one there (it has
 * ended, or not begun). Days are counted in the organisation's time zone: at 00:30 on 1 July in
 * Tokyo, Q3 is on its day 1 there while UTC is still in Q2. Today counts as a day begun.
 */
export function quarterProgress(quarter: string, timeZone: string, now: Date): QuarterProgress | null {
  if (quarterOf(now, timeZone) !== quarter) return null
  const { year, quarter: q } = parseQuarter(quarter)
  const day = Math.round((localDateUtc(now, timeZone) - Date.UTC(year, (q - 1) * 3, 1)) / DAY_MS) + 1
  return { day, days: daysInQuarter(quarter) }
}

/**
 * The days a per-day rate divides by: the days elapsed (today included) while the quarter is in
 * progress, all its days once it has ended. A rate over the whole quarter would understate a
 * quarter that is only half run.
 */
export function daysElapsed(quarter: string, timeZone: string, now: Date): number {
  return quarterProgress(quarter, timeZone, now)?.day ?? daysInQuarter(quarter)
}

/** The words every page and export shows beside a quarter in progress. */
export function progressText(progress: QuarterProgress): string {
  return `in progress: day ${progress.day} of ${progress.days}`
}

/** The instant today began in the time zone: a figure of a quarter in progress computed before it is a day behind. */
export function localDayStart(now: Date, timeZone: string): Date {
  const date = new Date(localDateUtc(now, timeZone))
  return localMidnightUtc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), timeZone)
}
