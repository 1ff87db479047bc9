import type { Unit } from '@/lib/metrics/units'
import type { DeltaText } from './report-types'

/**
 * Excel number formats per unit. Percentages are stored as the 0–100 numbers people entered (12.5
 * means 12.5%), so Excel's "0.0%" format (which multiplies by 100) would show 1250.0%: they get a
 * plain decimal format and the unit column says "%". Uptime needs its third decimal (99.95 vs 99.9).
 */
export const NUMBER_FORMATS: Record<Unit, string> = {
  count: '#,##0',
  percent: '0.0##',
  days: '0.0',
  hours: '0.0',
  minutes: '0.0',
  per_day: '0.00',
  score: '+0;-0;0',
  currency: '#,##0',
}

/** Whole-number scores, as shown everywhere else. */
export const SCORE_FORMAT = '0'
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss "UTC"'

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const

/**
 * A change as spreadsheet text: an arrow for which way the number moved, then the signed text every
 * renderer shows ("▲ +4", "▼ −1.5 pts"). The arrow also keeps the cell from starting with "+", which
 * the formula-injection guard would otherwise have to prefix with a visible apostrophe.
 */
export function changeText(delta: DeltaText): string {
  if (delta.text === '—') return '—'
  const arrow = delta.text.startsWith('+') ? ARROWS.up : delta.text.startsWith('\u2212') ? ARROWS.down : ARROWS.flat
  const judgement = delta.direction === 'better' || delta.direction === 'worse' ? ` (${delta.direction})` : ''
  return `${arrow} ${delta.text}${judgement}`
}

/** Excel keeps a date-time as a serial number in its own calendar; exceljs converts a Date as UTC. */
export function dateCell(iso: string | null): Date | null {
  return iso === null ? null : new Date(iso)
}
