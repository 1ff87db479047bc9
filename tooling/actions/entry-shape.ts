import fc from 'fast-check'
import { isScored, metricsInCategory, valueMax } from '@/lib/metrics/catalogue'
import { CATEGORY_KEYS, type CategoryKey } from '@/lib/metrics/categories'
import { UNITS, type Unit } from '@/lib/metrics/units'
import { isMixKey, MIX_KEYS } from '@/lib/metrics/investment-mix'
import { COMMENTARY_MAX, derivationInputs, REASON_MAX } from '@/lib/validation/entry-schema'
import { badNumber, badNumberValue, blank, goodNumber, junkText, nonText, text, tooLong } from './bad-values'
import { notAnObject, toObject, validEntries, type Field, type Shape } from './shapes'

export const ENTRY_GROUPS = ['values', 'targets', 'versions', 'inputs'] as const

/** Quarters the generators call good; a published quarter of the fuzz database lies outside them. */
export const goodQuarter = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`)
const badQuarter = fc.oneof(
  fc.constantFrom(
    '2026-Q5',
    '2026-Q0',
    '2026Q1',
    '26-Q1',
    '2026-q1',
    ' 2026-Q1',
    '2026-Q1 ',
    '2026-Q1\n',
    '',
    'Q1-2026',
    '2026-Q１',
    '２０２６-Q1',
    '2026-Q1-Q2',
  ),
  junkText,
)

const count = UNITS.count
const positive = fc.integer({ min: 1, max: 5000 })
const version = fc.oneof(fc.constant(''), fc.nat().map(String))
const badVersion = fc.oneof(
  fc.constantFrom('-1', '1.5', 'abc', 'NaN', 'Infinity', '-Infinity', `1${'0'.repeat(400)}`),
  fc.integer({ min: -1e9, max: -1 }).map(String),
  fc.string().map((s) => `${s}x`), // never a number: no numeric literal ends in "x"
)

/** Count fields given together that no derivation accepts: partial counts, impossible counts, counts given alone. */
function countBreaks(category: CategoryKey): fc.Arbitrary<Record<string, string>>[] {
  const metrics = metricsInCategory(category)
  const inputs = derivationInputs(metrics).map((i) => i.key)
  if (inputs.length === 0) return []
  const usedBy = (key: string) => metrics.filter((m) => m.derivation?.inputs.some((i) => i.key === key)).length
  const shared = inputs.filter((key) => usedBy(key) > 1)
  const given = (keys: string[]) =>
    fc.tuple(...keys.map(() => positive)).map((ns) => Object.fromEntries(keys.map((k, i) => [`inputs.${k}`, String(ns[i])])))
  const breaks: fc.Arbitrary<Record<string, string>>[] = []
  for (const metric of metrics) {
    const all = metric.derivation?.inputs.map((i) => i.key) ?? []
    const own = all.filter((key) => !shared.includes(key))
    if (own.length === 0) continue
    // Any of its own counts engages the derivation; leaving out any count it needs is refused.
    breaks.push(
      fc
        .subarray(all, { minLength: 1, maxLength: all.length - 1 })
        .filter((s) => s.some((k) => own.includes(k)))
        .chain(given),
    )
  }
  // Shared counts alone (headcount) engage no derivation: refused rather than silently dropped.
  if (shared.length > 0) breaks.push(fc.subarray(shared, { minLength: 1 }).chain(given))
  const has = (...keys: string[]) => keys.every((k) => inputs.includes(k))
  const n = (v: number) => String(v)
  if (has('failedDeployments', 'deployments')) {
    breaks.push(
      fc.tuple(fc.nat(1000), positive).map(([d, extra]) => ({ 'inputs.deployments': n(d), 'inputs.failedDeployments': n(d + extra) })),
    )
    breaks.push(fc.constant({ 'inputs.deployments': '0', 'inputs.failedDeployments': '0' }))
  }
  if (has('leavers', 'regrettedLeavers', 'headcountStart', 'headcountEnd')) {
    breaks.push(
      fc.tuple(fc.nat(100), positive, positive, positive).map(([l, extra, s, e]) => ({
        'inputs.leavers': n(l),
        'inputs.regrettedLeavers': n(l + extra),
        'inputs.headcountStart': n(s),
        'inputs.headcountEnd': n(e),
      })),
    )
  }
  if (has('leavers', 'headcountStart', 'headcountEnd')) {
    breaks.push(positive.map((l) => ({ 'inputs.leavers': n(l), 'inputs.headcountStart': '0', 'inputs.headcountEnd': '0' })))
  }
  if (has('promoters', 'passives', 'detractors')) {
    breaks.push(fc.constant({ 'inputs.promoters': '0', 'inputs.passives': '0', 'inputs.detractors': '0' }))
  }
  return breaks
}

/** Investment shares that do not add up to 100 (± 1), or only some of the three. */
function mixBreaks(category: CategoryKey): fc.Arbitrary<Record<string, string>>[] {
  if (!metricsInCategory(category).some((m) => isMixKey(m.key))) return []
  const share = fc.integer({ min: 0, max: 100 })
  const shares = fc.tuple(share, share, share).filter((s) => Math.abs(s[0] + s[1] + s[2] - 100) > 1)
  const off = shares.map((s) => Object.fromEntries(MIX_KEYS.map((k, i) => [`values.${k}`, String(s[i])])))
  const partial = fc
    .subarray([...MIX_KEYS], { minLength: 1, maxLength: 2 })
    .map((keys) => Object.fromEntries(keys.map((k) => [`values.${k}`, '30'])))
  return [off, partial]
}

/** A value in a unit (blank: no data). */
export function numberField(unit: Unit, max: number | undefined = UNITS[unit].max): Field {
  // The metric's own limit (an annualised rate may pass 100%) replaces the unit's.
  const spec = { ...UNITS[unit], max }
  return { good: goodNumber(spec), bad: badNumber(spec), absent: 'accepted', badValues: badNumberValue(spec) }
}

/**
 * One category's entry form. `published`: the quarter is published, so a reason is required;
 * `place` fixes scope and quarter (the action fuzz points published forms at a published quarter).
 */
export function entryShape(category: CategoryKey, published: boolean, place?: { scope: string; quarter: string }): Shape {
  const metrics = metricsInCategory(category)
  const fields: Record<string, Field> = {
    scope: {
      good: place ? fc.constant(place.scope) : fc.oneof(fc.constant('org'), text(1, 64)),
      bad: fc.oneof(blank, tooLong(64)),
      absent: 'refused',
    },
    quarter: { good: place ? fc.constant(place.quarter) : goodQuarter, bad: badQuarter, absent: 'refused' },
    category: {
      good: fc.constant(category),
      bad: fc.oneof(
        fc.constantFrom('Talent', 'TALENT', 'hr', '', ` ${category}`, `${category} `, `${category}\u0000`, 'undefined'),
        junkText,
      ),
      absent: 'refused',
      // A schema object refuses another category too (a form naming one gets that category's schema).
      badValues: fc.oneof(nonText, fc.constantFrom(...CATEGORY_KEYS.filter((c) => c !== category))),
    },
    commentary: { good: text(0, 300), bad: tooLong(COMMENTARY_MAX), absent: 'accepted' },
    reason: published
      ? { good: text(1, 200), bad: fc.oneof(blank, tooLong(REASON_MAX)), absent: 'refused' }
      : { good: text(0, 200), bad: tooLong(REASON_MAX), absent: 'accepted' },
  }
  for (const m of metrics) fields[`values.${m.key}`] = numberField(m.unit, valueMax(m))
  // Good shares are left blank: shares drawn one by one almost never add up to 100. Shares that do
  // not add up are a cross-field break.
  for (const m of metrics.filter((m) => isMixKey(m.key)))
    fields[`values.${m.key}`] = { ...fields[`values.${m.key}`], good: fc.constant('') }
  for (const m of metrics.filter(isScored)) fields[`targets.${m.key}`] = numberField(m.unit, valueMax(m))
  for (const m of metrics)
    fields[`versions.${m.key}`] = {
      good: version,
      bad: badVersion,
      absent: 'accepted',
      badValues: fc.constantFrom<unknown>(-1, 1.5, NaN, Infinity, {}, [1, 2]),
    }
  for (const input of derivationInputs(metrics)) {
    // Good counts are left blank: given alone, a count is refused (it derives nothing). The count
    // rules between fields are the cross-field breaks.
    fields[`inputs.${input.key}`] = { good: fc.constant(''), bad: badNumber(count), absent: 'accepted', badValues: badNumberValue(count) }
  }
  return { fields, crossBreaks: [...countBreaks(category), ...mixBreaks(category)], notForms: entryNotForms(fields) }
}

/** Not an object, or a group that is not an object. */
function entryNotForms(fields: Record<string, Field>): fc.Arbitrary<unknown> {
  const groupBroken = fc
    .tuple(
      validEntries({ fields }),
      fc.constantFrom(...ENTRY_GROUPS),
      fc.constantFrom<unknown>(null, 'values', 42, [], [['releases', '1']], true),
    )
    .map(([entries, group, value]) => ({ ...toObject(entries, ENTRY_GROUPS), [group]: value }))
  return fc.oneof(notAnObject, groupBroken)
}
