import { z } from 'zod'
import { UNITS, type Unit } from '@/lib/metrics/units'

// Plain decimals, optionally with comma thousands separators ("1,250,000.50"). Anything else
// ("12abc", "1e3", "0x10", "∞") is refused rather than guessed at.
const NUMBER_PATTERN = /^[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$|^[-+]?\.\d+$/
// The scorecard prints negatives with a true minus sign (U+2212); a figure copied from it must parse.
const TRUE_MINUS = /^\u2212/

/** Turns a form field's text into a number, null for a blank field, or undefined when it is not a number. */
export function parseNumberText(raw: string): number | null | undefined {
  const text = raw.trim().replace(TRUE_MINUS, '-')
  if (text === '') return null
  if (!NUMBER_PATTERN.test(text)) return undefined
  const value = Number(text.replace(/,/g, ''))
  if (!Number.isFinite(value)) return undefined
  // "-0" is 0: a negative zero would print as "−0" and compare unequal under Object.is.
  return value === 0 ? 0 : value
}

/**
 * The text a field is prefilled with, such that parseNumberText gives back exactly `value` (so a
 * form saved without changes stores the same number). Never exponent notation, which the parser refuses.
 */
export function numberText(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return ''
  const text = String(value)
  if (!text.includes('e')) return text
  // Move the point of JavaScript's shortest round-trip digits ("1.5e-7") instead of recomputing them.
  const [mantissa, exponent] = text.split('e')
  const sign = mantissa.startsWith('-') ? '-' : ''
  const [whole, fraction = ''] = mantissa.replace('-', '').split('.')
  const digits = whole + fraction
  const point = whole.length + Number(exponent)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

function rangeMessage(label: string, unit: Unit, max: number | undefined): string {
  const spec = UNITS[unit]
  if (max !== undefined) return `${label} must be between ${spec.min} and ${max}.`
  return `${label} must be ${spec.min} or more.`
}

/**
 * A form field holding one value in a unit: blank or absent → null (no data, never 0), otherwise a number
 * within the unit's range, and whole for counts. The message names the field.
 */
export function unitValueSchema(label: string, unit: Unit, max: number | undefined = UNITS[unit].max) {
  const spec = UNITS[unit]
  return (
    z
      .union([z.string(), z.number(), z.null()])
      // Optional before the transform: a field the browser did not send (a disabled or read-only
      // display field) is blank, not "Invalid input: expected nonoptional" as zod 4 says otherwise.
      .optional()
      .transform((raw, ctx) => {
        if (raw === null || raw === undefined) return null
        const value = typeof raw === 'number' ? raw : parseNumberText(raw)
        if (value === null) return null
        if (value === undefined || !Number.isFinite(value)) {
          ctx.addIssue({ code: 'custom', message: `${label} must be a number.` })
          return z.NEVER
        }
        if (value < spec.min || (max !== undefined && value > max)) {
          ctx.addIssue({ code: 'custom', message: rangeMessage(label, unit, max) })
          return z.NEVER
        }
        if (spec.integer && !Number.isInteger(value)) {
          ctx.addIssue({ code: 'custom', message: `${label} must be a whole number.` })
          return z.NEVER
        }
        return value
      })
  )
}

/** A count that a derivation takes (leavers, promoters, deployments …). */
export function countInputSchema(label: string) {
  return unitValueSchema(label, 'count')
}
