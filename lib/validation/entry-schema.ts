import { z } from 'zod'
import type { CategoryKey } from '@/lib/metrics/categories'
import { isScored, metricsInCategory, type MetricDef } from '@/lib/metrics/catalogue'
import type { DerivationInput } from '@/lib/metrics/derivations'
import { isQuarterKey, type QuarterKey } from '@/lib/metrics/quarters'
import { countInputSchema, unitValueSchema } from './number-input'

export const COMMENTARY_MAX = 2000

/** One metric's row of a validated category form, derivations applied. */
export interface FigureEntry {
  metricKey: string
  value: number | null
  /** Sample size: the counts' total for a derived rate, else null. */
  n: number | null
  /** The counts a rate was derived from, else null. */
  inputs: Record<string, number> | null
  target: number | null
  /** The version of the stored figure the person started from (0: there was none). */
  baseVersion: number
}

export interface CategoryEntry {
  scope: string
  quarter: QuarterKey
  category: CategoryKey
  figures: FigureEntry[]
  commentary: string
}

/** The counts a category's form asks for, each once even when two metrics share it (headcount). */
export function derivationInputs(metrics: readonly MetricDef[]): DerivationInput[] {
  const seen = new Map<string, DerivationInput>()
  for (const m of metrics) for (const input of m.derivation?.inputs ?? []) seen.set(input.key, input)
  return [...seen.values()]
}

const versionSchema = z.coerce.number({ message: 'Reload the page and try again.' }).int().min(0).default(0)

function deriveFigure(metric: MetricDef, raw: RawEntry, ctx: z.RefinementCtx): Pick<FigureEntry, 'value' | 'n' | 'inputs'> {
  const typed = { value: raw.values[metric.key] ?? null, n: null, inputs: null }
  const derivation = metric.derivation
  if (!derivation) return typed
  const given = derivation.inputs.filter((i) => raw.inputs[i.key] !== null && raw.inputs[i.key] !== undefined)
  if (given.length === 0) return typed
  if (given.length < derivation.inputs.length) {
    for (const missing of derivation.inputs.filter((i) => !given.includes(i))) {
      ctx.addIssue({ code: 'custom', path: ['inputs', missing.key], message: `Enter ${missing.label.toLowerCase()} too, or clear the counts for ${metric.label}.` })
    }
    return typed
  }
  const counts = Object.fromEntries(derivation.inputs.map((i) => [i.key, raw.inputs[i.key] as number]))
  const result = derivation.compute({ ...counts, ...definedInputs(raw.inputs) })
  if ('error' in result) {
    ctx.addIssue({ code: 'custom', path: ['inputs', result.input], message: result.error })
    return typed
  }
  return { value: result.value, n: result.n, inputs: counts }
}

function definedInputs(inputs: Record<string, number | null>): Record<string, number> {
  return Object.fromEntries(Object.entries(inputs).filter((e): e is [string, number] => e[1] !== null))
}

interface RawEntry {
  values: Record<string, number | null>
  inputs: Record<string, number | null>
}

/**
 * The schema of one category's entry form. The browser runs it before submitting and the server
 * runs it again before storing anything, so the two can never disagree about what is valid.
 */
export function categoryEntrySchema(category: CategoryKey) {
  const metrics = metricsInCategory(category)
  const scored = metrics.filter(isScored)
  const inputs = derivationInputs(metrics)
  return z
    .object({
      scope: z.string().trim().min(1, 'Choose a scope.').max(64),
      quarter: z.string().refine(isQuarterKey, 'Choose a quarter.'),
      category: z.literal(category),
      values: z.object(Object.fromEntries(metrics.map((m) => [m.key, unitValueSchema(m.label, m.unit)]))),
      targets: z.object(Object.fromEntries(scored.map((m) => [m.key, unitValueSchema(`Target for ${m.label}`, m.unit)]))),
      versions: z.object(Object.fromEntries(metrics.map((m) => [m.key, versionSchema]))),
      inputs: z.object(Object.fromEntries(inputs.map((i) => [i.key, countInputSchema(i.label)]))),
      commentary: z
        .string()
        .max(COMMENTARY_MAX, `Commentary must be at most ${COMMENTARY_MAX} characters.`)
        .default('')
        .transform((text) => text.trim()),
    })
    .transform((raw, ctx): CategoryEntry => {
      const entry = raw as unknown as RawEntry & { targets: Record<string, number | null>; versions: Record<string, number> }
      const figures = metrics.map((metric) => ({
        metricKey: metric.key,
        ...deriveFigure(metric, entry, ctx),
        target: entry.targets[metric.key] ?? null,
        baseVersion: entry.versions[metric.key] ?? 0,
      }))
      return { scope: raw.scope, quarter: raw.quarter as QuarterKey, category, figures, commentary: raw.commentary }
    })
}

export type CategoryEntryInput = z.input<ReturnType<typeof categoryEntrySchema>>

/** Field errors keyed by the form field's name ("values.releases", "inputs.leavers", …). */
export type FieldErrors = Record<string, string>

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const name = issue.path.join('.') || 'form'
    errors[name] ??= issue.message
  }
  return errors
}

/**
 * The form's fields, named "values.<key>", "targets.<key>", "versions.<key>", "inputs.<key>", as the
 * nested object the schema reads. Used on both sides with the same FormData.
 */
export function entryObjectFromFormData(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = { values: {}, targets: {}, versions: {}, inputs: {} }
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string') continue
    const [group, key] = name.split('.', 2)
    if (key !== undefined && Object.hasOwn(out, group)) {
      ;(out[group] as Record<string, string>)[key] = value
    } else if (key === undefined && !name.startsWith('$') && name !== '__proto__') {
      out[name] = value
    }
  }
  return out
}
