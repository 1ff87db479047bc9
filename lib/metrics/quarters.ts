/**
 * Quarter arithmetic. A quarter is stored as a stable calendar key such as "2026-Q3"
 * (July–September 2026). The fiscal label ("FY2026 Q3") is derived at display time from the
 * fiscal-year start month, so changing that setting never rewrites stored figures.
 *
 * Because figures are stored per calendar quarter, a fiscal year must start on a calendar quarter
 * boundary (January, April, July or October); otherwise a fiscal quarter would straddle two stored
 * quarters and its figures could not be compared with earlier ones.
 */

export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`

export const FISCAL_START_MONTHS = [1, 4, 7, 10] as const
export type FiscalStartMonth = (typeof FISCAL_START_MONTHS)[number]

/**
 * The years a quarter key may name when it comes from outside (a URL, a form, a file). Figures and
 * events older than 2000 or beyond 2100 are certainly mistakes, and keeping keys to four digits keeps
 * them sorting as text. Arithmetic (a trend reaching back before 2000) works on any year.
 */
export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

const KEY_PATTERN = /^(\d{4})-Q([1-4])$/
// Any year, as arithmetic may produce (zero-padded to four digits, "-" before a negative one).
const ANY_YEAR_PATTERN = /^(-?\d{4,})-Q([1-4])$/

/** A well-formed key of a supported year: the gate for every quarter that arrives from outside. */
export function isQuarterKey(value: string): value is QuarterKey {
  const match = KEY_PATTERN.exec(value)
  if (!match) return false
  const year = Number(match[1])
  return year >= FIRST_YEAR && year <= LAST_YEAR
}

export function parseQuarter(key: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const match = ANY_YEAR_PATTERN.exec(key)
  if (!match) throw new Error(`Not a quarter key: ${key}`)
  return { year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 }
}

export function quarterKey(year: number, quarter: number): QuarterKey {
  const digits = String(Math.abs(year)).padStart(4, '0')
  return `${year < 0 ? '-' : ''}${digits}-Q${quarter}` as QuarterKey
}

/** A running index (year × 4 + quarter − 1) so quarters can be added and compared. */
function toIndex(key: string): number {
  const { year, quarter } = parseQuarter(key)
  return year * 4 + quarter - 1
}

function fromIndex(index: number): QuarterKey {
  return quarterKey(Math.floor(index / 4), (((index % 4) + 4) % 4) + 1)
}

export function addQuarters(key: string, count: number): QuarterKey {
  return fromIndex(toIndex(key) + count)
}

export function previousQuarter(key: string): QuarterKey {
  return addQuarters(key, -1)
}

export function yearAgo(key: string): QuarterKey {
  return addQuarters(key, -4)
}

/** The `count` quarters ending with `key`, oldest first (for trends and sparklines). */
export function quartersEnding(key: string, count: number): QuarterKey[] {
  const end = toIndex(key)
  return Array.from({ length: count }, (_, i) => fromIndex(end - count + 1 + i))
}

/** Negative when a is earlier than b. */
export function compareQuarters(a: string, b: string): number {
  return toIndex(a) - toIndex(b)
}

/** The calendar quarter containing a date, read in the given IANA time zone. */
export function quarterOf(date: Date, timeZone = 'UTC'): QuarterKey {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(date)
  const year = Number(parts.find((p) => p.type === 'year')?.value)
  const month = Number(parts.find((p) => p.type === 'month')?.value)
  return quarterKey(year, Math.ceil(month / 3))
}

/**
 * Fiscal label. The fiscal year is named after the calendar year in which it ends (as Microsoft,
 * Apple and the US government do): with a July start, July 2025–June 2026 is FY2026.
 */
export function fiscalLabel(key: string, fiscalStartMonth: FiscalStartMonth = 1): string {
  const { year, quarter } = parseQuarter(key)
  const startQuarter = (fiscalStartMonth - 1) / 3 + 1
  const fiscalQuarter = ((quarter - startQuarter + 4) % 4) + 1
  const fiscalYear = fiscalStartMonth === 1 || quarter < startQuarter ? year : year + 1
  return `FY${fiscalYear} Q${fiscalQuarter}`
}

/** Days in a calendar quarter (90, 91 or 92), used by per-day rates such as deployment frequency. */
export function daysInQuarter(key: string): number {
  const { year, quarter } = parseQuarter(key)
  const start = Date.UTC(year, (quarter - 1) * 3, 1)
  const end = Date.UTC(year, quarter * 3, 1)
  return Math.round((end - start) / 86_400_000)
}

/** Month span such as "Jul–Sep 2026", so a fiscal label can always be tied to real months. */
export function calendarSpan(key: string): string {
  const { year, quarter } = parseQuarter(key)
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${months[(quarter - 1) * 3]}–${months[(quarter - 1) * 3 + 2]} ${year}`
}
