import { z } from 'zod'
import { UNITS, type Unit } from '@/lib/metrics/units'

// Plain decimals, optionally with comma thousands separators ("1,250,000.50"). Anything else
// ("12abc", "1e3", "0x10", "∞") is refused rather than guessed at.
const NUMBER_PATTERN = /^[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$|^[-+]?\.\d+$/

/** Turns a form field's text into a number, null for a blank field, or undefined when it is not a number. */
export function parseNumberText(raw: string): number | null | undefined {
  const text = raw.trim()
  if (text === '') return null
  if (!NUMBER_PATTERN.test(text)) return undefined
  const value = Number(text.replace(/,/g, ''))
  return Number.isFinite(value) ? value : undefined
}

function rangeMessage(label: string, unit: Unit): string {
  const spec = UNITS[unit]
  if (spec.max !== undefined) return `${label} must be between ${spec.min} and ${spec.max}.`
  return `${label} must be ${spec.min} or more.`
}

/**
 * A form field holding one value in a unit: blank → null (no data, never 0), otherwise a number
 * within the unit's range, and whole for counts. The message names the field.
 */
export function unitValueSchema(label: string, unit: Unit) {
  const spec = UNITS[unit]
  return z
    .union([z.string(), z.number(), z.null(), z.undefined()])
    .transform((raw, ctx) => {
      if (raw === null || raw === undefined) return null
      const value = typeof raw === 'number' ? raw : parseNumberText(raw)
      if (value === null) return null
      if (value === undefined || !Number.isFinite(value)) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a number.` })
        return z.NEVER
      }
      if (value < spec.min || (spec.max !== undefined && value > spec.max)) {
        ctx.addIssue({ code: 'custom', message: rangeMessage(label, unit) })
        return z.NEVER
      }
      if (spec.integer && !Number.isInteger(value)) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a whole number.` })
        return z.NEVER
      }
      return value
    })
}

/** A count that a derivation takes (leavers, promoters, deployments …). */
export function countInputSchema(label: string) {
  return unitValueSchema(label, 'count')
}
