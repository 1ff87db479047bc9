import { z } from 'zod'
import type { CategoryKey } from '@/lib/metrics/categories'
import { isScored, metricsInCategory, valueMax, type MetricDef } from '@/lib/metrics/catalogue'
import type { DerivationInput } from '@/lib/metrics/derivations'
import { isQuarterKey, type QuarterKey } from '@/lib/metrics/quarters'
import { isMixKey, mixProblem, type MixKey } from '@/lib/metrics/investment-mix'
import { countInputSchema, unitValueSchema } from './number-input'

export const COMMENTARY_MAX = 2000
export const REASON_MAX = 500
export const REASON_REQUIRED = 'Give a reason for the restatement: this quarter is published.'

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
  /** Why a published quarter is changed (a restatement); '' or absent for a quarter not yet published. */
  reason?: string
}

/** The counts a category's form asks for, each once even when two metrics share it (headcount). */
export function derivationInputs(metrics: readonly MetricDef[]): DerivationInput[] {
  const seen = new Map<string, DerivationInput>()
  for (const m of metrics) for (const input of m.derivation?.inputs ?? []) seen.set(input.key, input)
  return [...seen.values()]
}

/** Counts as parsed from the form: a number, or null/undefined when blank. */
export type CountValues = Readonly<Record<string, number | null | undefined>>

/** How a derived metric gets its value from the counts given (see derivationState). */
export type DerivationState =
  | { kind: 'typed' }
  | { kind: 'incomplete'; missing: DerivationInput[] }
  | { kind: 'invalid'; input: string; message: string }
  | { kind: 'derived'; value: number; n: number; inputs: Record<string, number> }

function given(counts: CountValues, key: string): boolean {
  return counts[key] !== null && counts[key] !== undefined
}

/** The counts of a metric's derivation that no other metric of the form uses. */
function ownInputs(metric: MetricDef, metrics: readonly MetricDef[]): readonly DerivationInput[] {
  const others = new Set(metrics.filter((m) => m.key !== metric.key).flatMap((m) => m.derivation?.inputs.map((i) => i.key) ?? []))
  return (metric.derivation?.inputs ?? []).filter((i) => !others.has(i.key))
}

/**
 * A rate is derived once any count of its own is given; a count shared with another rate (headcount,
 * used by both attrition rates) engages neither by itself, so HR can derive attrition and still type
 * regretted attrition directly. Once engaged, every count it needs must be given. With no count of its
 * own, the rate is typed (n unknown). The form shows this live; the schema applies it on both sides.
 */
export function derivationState(metric: MetricDef, metrics: readonly MetricDef[], counts: CountValues): DerivationState {
  const derivation = metric.derivation
  if (!derivation) return { kind: 'typed' }
  const own = ownInputs(metric, metrics)
  const engaged = (own.length > 0 ? own : derivation.inputs).some((i) => given(counts, i.key))
  if (!engaged) return { kind: 'typed' }
  const missing = derivation.inputs.filter((i) => !given(counts, i.key))
  if (missing.length > 0) return { kind: 'incomplete', missing }
  const needed = Object.fromEntries(derivation.inputs.map((i) => [i.key, counts[i.key] as number]))
  const all = Object.fromEntries(Object.entries(counts).filter((e): e is [string, number] => typeof e[1] === 'number'))
  // Every given count goes in, so regretted attrition can check itself against leavers.
  const result = derivation.compute({ ...all, ...needed })
  if ('error' in result) return { kind: 'invalid', input: result.input, message: result.error }
  // A derived rate obeys the same limit as a typed one, so the two ways in cannot disagree.
  const max = valueMax(metric)
  if (max !== undefined && result.value > max) {
    const message = `These counts make ${metric.label.toLowerCase()} ${Math.round(result.value)}%, above the limit of ${max}%: check them.`
    return { kind: 'invalid', input: derivation.inputs[0].key, message }
  }
  return { kind: 'derived', value: result.value, n: result.n, inputs: needed }
}

/** Counts given that no engaged rate uses (headcount alone): refused, so nothing typed is silently dropped. */
export function strayCountIssues(metrics: readonly MetricDef[], counts: CountValues): { input: string; message: string }[] {
  const engaged = metrics.filter((m) => derivationState(m, metrics, counts).kind !== 'typed')
  const used = new Set(engaged.flatMap((m) => m.derivation?.inputs.map((i) => i.key) ?? []))
  return derivationInputs(metrics)
    .filter((input) => given(counts, input.key) && !used.has(input.key))
    .map((input) => {
      const rates = metrics.filter((m) => m.derivation?.inputs.some((i) => i.key === input.key)).map((m) => m.label)
      return {
        input: input.key,
        message: `${input.label} is only used to derive ${rates.join(' and ')}: enter the other counts too, or clear it.`,
      }
    })
}

const versionSchema = z.coerce.number({ message: 'Reload the page and try again.' }).int().min(0).default(0)

function deriveFigure(
  metric: MetricDef,
  metrics: readonly MetricDef[],
  raw: RawEntry,
  ctx: z.RefinementCtx,
): Pick<FigureEntry, 'value' | 'n' | 'inputs'> {
  const state = derivationState(metric, metrics, raw.inputs)
  switch (state.kind) {
    case 'typed':
      return { value: raw.values[metric.key] ?? null, n: null, inputs: null }
    case 'derived':
      // The typed rate is ignored: the server never trusts a rate computed elsewhere.
      return { value: state.value, n: state.n, inputs: state.inputs }
    case 'incomplete':
      for (const missing of state.missing) {
        const message = `Enter ${missing.label.toLowerCase()} too, or clear the counts for ${metric.label}.`
        ctx.addIssue({ code: 'custom', path: ['inputs', missing.key], message })
      }
      return { value: null, n: null, inputs: null }
    case 'invalid':
      ctx.addIssue({ code: 'custom', path: ['inputs', state.input], message: state.message })
      return { value: null, n: null, inputs: null }
  }
}

interface RawEntry {
  values: Record<string, number | null>
  inputs: Record<string, number | null>
}

/** Browsers send a textarea's line breaks as CRLF: count and store them as one character. */
function textSchema(max: number, message: string) {
  return z
    .string()
    .default('')
    .transform((text) => text.replace(/\r\n?/g, '\n'))
    .pipe(z.string().max(max, message))
    .transform((text) => text.trim())
}

/**
 * The reason for changing a published quarter. It is a field of its own (not a check on the whole
 * form), so a missing reason is reported beside it even while other fields are also wrong.
 */
function reasonSchema(published: boolean) {
  const text = textSchema(REASON_MAX, `The reason must be at most ${REASON_MAX} characters.`)
  return published ? text.refine((reason) => reason.length > 0, REASON_REQUIRED) : text
}

/** Where a form reports that the investment shares do not add up: the three shares as one group. */
export const MIX_FIELD = 'mix'

/** The investment mix rule (investment-mix.ts) over a form's figures; null when the form has no shares or they add up. */
function mixIssue(figures: readonly { metricKey: string; value: number | null }[], metrics: readonly MetricDef[]): string | null {
  const shares = figures.filter((f) => isMixKey(f.metricKey))
  if (shares.length === 0) return null
  const values = Object.fromEntries(shares.map((f) => [f.metricKey, f.value])) as Record<MixKey, number | null>
  const labels = Object.fromEntries(metrics.filter((m) => isMixKey(m.key)).map((m) => [m.key, m.label])) as Record<MixKey, string>
  return mixProblem(values, labels)
}

/**
 * The schema of one category's entry form. The browser runs it before submitting and the server
 * runs it again before storing anything, so the two can never disagree about what is valid.
 * `published`: the quarter is published, so every save is a restatement and needs a reason (the
 * server reads this from the database, never from the form).
 */
export function categoryEntrySchema(category: CategoryKey, { published = false }: { published?: boolean } = {}) {
  const metrics = metricsInCategory(category)
  const scored = metrics.filter(isScored)
  const inputs = derivationInputs(metrics)
  return z
    .object({
      scope: z.string().trim().min(1, 'Choose a scope.').max(64),
      quarter: z.string().refine(isQuarterKey, 'Choose a quarter.'),
      category: z.literal(category),
      values: z.object(Object.fromEntries(metrics.map((m) => [m.key, unitValueSchema(m.label, m.unit, valueMax(m))]))),
      targets: z.object(Object.fromEntries(scored.map((m) => [m.key, unitValueSchema(`Target for ${m.label}`, m.unit, valueMax(m))]))),
      versions: z.object(Object.fromEntries(metrics.map((m) => [m.key, versionSchema]))),
      inputs: z.object(Object.fromEntries(inputs.map((i) => [i.key, countInputSchema(i.label)]))),
      // Line breaks counted once, so the limit matches the live count and an unchanged text compares
      // equal to the stored one.
      commentary: textSchema(COMMENTARY_MAX, `Commentary must be at most ${COMMENTARY_MAX} characters.`),
      reason: reasonSchema(published),
    })
    .transform((raw, ctx): CategoryEntry => {
      const entry = raw as unknown as RawEntry & { targets: Record<string, number | null>; versions: Record<string, number> }
      for (const stray of strayCountIssues(metrics, entry.inputs)) {
        ctx.addIssue({ code: 'custom', path: ['inputs', stray.input], message: stray.message })
      }
      const figures = metrics.map((metric) => ({
        metricKey: metric.key,
        ...deriveFigure(metric, metrics, entry, ctx),
        target: entry.targets[metric.key] ?? null,
        baseVersion: entry.versions[metric.key] ?? 0,
      }))
      const mix = mixIssue(figures, metrics)
      if (mix) ctx.addIssue({ code: 'custom', path: [MIX_FIELD], message: mix })
      return {
        scope: raw.scope,
        quarter: raw.quarter as QuarterKey,
        category,
        figures,
        commentary: raw.commentary,
        reason: published ? raw.reason : '',
      }
    })
}

export type CategoryEntryInput = z.input<ReturnType<typeof categoryEntrySchema>>

const GROUPS = ['values', 'targets', 'versions', 'inputs'] as const
const SINGLE_FIELDS = ['scope', 'quarter', 'category', 'commentary', 'reason'] as const
// A key reaches an object the schema reads: it must be a plain identifier, never "__proto__" & co.
const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]*$/

/**
 * The form's fields, named "values.<key>", "targets.<key>", "versions.<key>", "inputs.<key>", plus
 * scope, quarter, category, commentary and reason, as the nested object the schema reads. Used on both sides
 * with the same FormData. Any other name (Next's "$ACTION_…" fields, "__proto__.x", "values.a.b") is
 * ignored, and the groups have no prototype, so a field name can never reach Object.prototype.
 */
export function entryObjectFromFormData(formData: FormData): Record<string, unknown> {
  const groups = Object.fromEntries(GROUPS.map((g) => [g, Object.create(null) as Record<string, string>]))
  const out: Record<string, unknown> = { ...groups }
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string') continue
    const parts = name.split('.')
    if (parts.length === 2 && (GROUPS as readonly string[]).includes(parts[0]) && FIELD_KEY.test(parts[1])) {
      groups[parts[0]][parts[1]] = value
    } else if (parts.length === 1 && (SINGLE_FIELDS as readonly string[]).includes(name)) {
      out[name] = value
    }
  }
  return out
}
