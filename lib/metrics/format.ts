import type { MetricDef } from './catalogue'
import { UNITS } from './units'

// A fixed locale keeps server-rendered pages, exports and tests byte-identical whatever the host.
const LOCALE = 'en-US'
const NONE = '—'
// A true minus sign: a hyphen reads as a dash in board papers and breaks across lines.
const MINUS = '\u2212'

const formatters = new Map<string, Intl.NumberFormat>()

function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE, options)
    formatters.set(key, formatter)
  }
  return formatter
}

function fixed(value: number, minDigits: number, maxDigits: number): string {
  const options = { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits }
  return numberFormat(`fixed:${minDigits}:${maxDigits}`, options).format(value)
}

function currency(value: number, code: string): string {
  const options = { style: 'currency', currency: code, notation: 'compact' } as const
  return numberFormat(`currency:${code}`, options).format(value)
}

/**
 * Uptime lives in the last fraction of a percent (99.9% and 99.99% are very different error
 * budgets), so high percentages keep 2–3 decimals; and a figure below 100 must never round up to it.
 */
function highPercent(value: number): string {
  const text = fixed(value, 2, 3)
  return value < 100 && text.startsWith('100') ? '99.999' : text
}

// Same conventions as the benchmark sets: a week is 7 days, a month 30.
const RATE_UNITS = [
  { min: 1, per: 1, suffix: '/day' },
  { min: 1 / 7, per: 7, suffix: '/week' },
  { min: 0, per: 30, suffix: '/month' },
] as const

/**
 * Deployments per day as they read best: per day from one a day, per week from one a week, else per
 * month ('2.50/day', '3.50/week', '0.330/month'). At least 3 significant digits and 2 decimals, so
 * two rates 1% or more apart, or two deployment counts over the same number of days (a step of
 * 1/92 a day or more), never print the same: 1/91 a day reads '0.330/month', 1/182 '0.165/month'.
 */
function deployRate(perDay: number): string {
  if (perDay === 0) return '0/day'
  const unit = RATE_UNITS.find((u) => perDay >= u.min) ?? RATE_UNITS[RATE_UNITS.length - 1]
  const scaled = perDay * unit.per
  // Capped: Intl takes at most 100 digits, and a rate below a millionth a month is noise.
  const digits = Math.min(6, Math.max(2, 2 - Math.floor(Math.log10(scaled))))
  return `${fixed(scaled, digits, digits)}${unit.suffix}`
}

/** The unsigned text of |value| in the metric's unit. Deltas of percentages keep small changes visible. */
function magnitude(metric: MetricDef, abs: number, currencyCode: string, isDelta: boolean): string {
  switch (metric.unit) {
    case 'count':
    case 'score':
      return fixed(abs, 0, 0)
    case 'percent':
      // A change of a percentage is in percentage points ("pts"), never a relative "%" change.
      if (isDelta) return `${abs < 0.1 ? fixed(abs, 1, 3) : fixed(abs, 1, 1)} pts`
      return `${abs >= 99 ? highPercent(abs) : fixed(abs, 1, 1)}%`
    case 'per_day':
      return deployRate(abs)
    case 'hours':
    case 'days':
    case 'minutes':
      return `${fixed(abs, 1, 1)}${UNITS[metric.unit].suffix}`
    case 'currency':
      return currency(abs, currencyCode)
  }
}

/** True when the text shows only zeros, so that no sign is put in front of "0.0". */
function showsZero(text: string): boolean {
  return !/[1-9]/.test(text)
}

/**
 * A figure as people read it, in the metric's unit (en-US): '—' when there is no figure; counts as
 * whole numbers with thousands separators ('1,234'); percentages with 1 decimal ('12.5%'), or 2–3
 * at 99% and above ('99.95%'); deployment frequency per day, week or month ('3.50/week', see
 * deployRate); durations with 1
 * decimal ('30.0 h', '12.0 d', '7.5 min'); eNPS as a signed whole number ('+32', '−5'); money
 * in compact notation ('$1.2M', currency from `opts.currency`, default USD).
 */
export function formatValue(metric: MetricDef, value: number | null, opts?: { currency?: string }): string {
  if (value === null || Number.isNaN(value)) return NONE
  const text = magnitude(metric, Math.abs(value), opts?.currency ?? 'USD', false)
  if (showsZero(text)) return text
  if (value < 0) return `${MINUS}${text}`
  return metric.unit === 'score' ? `+${text}` : text
}

/**
 * A change in a figure, signed and in the metric's unit ('+2.5 h', '−3', '+$300K'); '—' when there is
 * nothing to compare. Percentage deltas are in points ('−1.5 pts'); below a tenth of a point they keep
 * up to 3 decimals ('−0.05 pts') because a move from 99.95% to 99.9% uptime is a real change.
 */
export function formatDelta(metric: MetricDef, delta: number | null, opts?: { currency?: string }): string {
  if (delta === null || Number.isNaN(delta)) return NONE
  const text = magnitude(metric, Math.abs(delta), opts?.currency ?? 'USD', true)
  if (showsZero(text)) return text
  return `${delta < 0 ? MINUS : '+'}${text}`
}

/**
 * A 0–100 score as a whole number, or '—' when there is none. Rounded DOWN, not to the nearest:
 * status thresholds (80, 50) and DORA level bands (90, 80, 50) are "at least" rules, so a 79.6 must
 * read 79 beside "At risk", never 80.
 */
export function formatScore(score: number | null): string {
  if (score === null || Number.isNaN(score)) return NONE
  return String(Math.floor(score))
}
