import fc from 'fast-check'
import { junkName, nonText } from './bad-values'

/**
 * A form described field by field, from which fast-check builds invalid submissions: every one
 * breaks at least one rule (a bad value, a missing required field, or a rule across fields), the
 * other fields hold good values, and junk fields (prototype keys, Next's "$ACTION" names) ride along.
 * The same description serves schema fuzzing (plain objects, any value types) and action fuzzing
 * (FormData, text only), and also builds valid submissions, as controls that the rules are the ones
 * broken.
 */
export interface Field {
  /** Values the field accepts (a list: one form entry per element, as checkboxes send). */
  good: fc.Arbitrary<unknown>
  /** Texts (or, for JSON, values) it refuses whatever the other fields hold; none when any text is fine. */
  bad?: fc.Arbitrary<unknown>
  /**
   * Leaving it out is refused, accepted (good values then sometimes omit it), or depends on other
   * fields (a blank slug is derived from the name): good values always hold it and bad never omit it.
   */
  absent: 'refused' | 'accepted' | 'depends'
  /** Non-text values it refuses, for schema fuzzing; default: any non-text value. */
  badValues?: fc.Arbitrary<unknown>
}

export const ABSENT = Symbol('absent')
type Value = unknown

export interface Shape {
  fields: Record<string, Field>
  /** Field values that break a rule across fields: each is completed with good values for the rest. */
  crossBreaks?: fc.Arbitrary<Record<string, Value>>[]
  /** Whole inputs that are not a form at all (schema fuzzing only); default: non-objects. */
  notForms?: fc.Arbitrary<unknown>
}

/** One submission: field name → value, in order; names may repeat. */
export type Entries = [string, Value][]
export type Mode = 'object' | 'form'

function goodValue(field: Field): fc.Arbitrary<Value> {
  return field.absent === 'accepted' ? fc.oneof(field.good, fc.constant(ABSENT)) : field.good
}

function badValue(field: Field, mode: Mode): fc.Arbitrary<Value> {
  const options: fc.Arbitrary<Value>[] = field.bad ? [field.bad] : []
  if (field.absent === 'refused') options.push(fc.constant(ABSENT))
  if (mode === 'object') options.push(field.badValues ?? nonText)
  // A file where text belongs: the server reads text fields only, so a required one goes missing.
  if (mode === 'form' && field.absent === 'refused') options.push(fc.constant(new File(['x'], 'x.txt')))
  return fc.oneof(...options)
}

/** Good values for every field, except those given. */
function completed(shape: Shape, given: Record<string, fc.Arbitrary<Value>>): fc.Arbitrary<Entries> {
  const names = Object.keys(shape.fields)
  const values = names.map((name) => given[name] ?? goodValue(shape.fields[name]))
  return fc.tuple(...values).map((vs) => names.map((name, i): [string, Value] => [name, vs[i]]).filter(([, v]) => v !== ABSENT))
}

function withJunk(shape: Shape, entries: fc.Arbitrary<Entries>): fc.Arbitrary<Entries> {
  const names = Object.keys(shape.fields)
  const groups = new Set(names.map((n) => n.split('.')[0]))
  const junk = fc.array(
    fc.tuple(
      junkName.filter((n) => !names.includes(n) && !groups.has(n)),
      fc.oneof(fc.string(), fc.constant('true')),
    ),
    {
      maxLength: 3,
    },
  )
  return fc.tuple(entries, junk, fc.boolean()).map(([e, j, first]) => (first ? [...j, ...e] : [...e, ...j]))
}

/** Submissions that break at least one rule. */
/** Whether a field can be broken by itself: a form can send only text, and some fields take any text. */
function breakable(field: Field, mode: Mode): boolean {
  return field.bad !== undefined || field.absent === 'refused' || mode === 'object'
}

export function invalidEntries(shape: Shape, mode: Mode): fc.Arbitrary<Entries> {
  const names = Object.keys(shape.fields).filter((name) => breakable(shape.fields[name], mode))
  const broken = fc
    .subarray(names, { minLength: 1, maxLength: Math.min(3, names.length) })
    .chain((picked) => completed(shape, Object.fromEntries(picked.map((name) => [name, badValue(shape.fields[name], mode)]))))
  const cross = (shape.crossBreaks ?? []).map((arb) =>
    arb.chain((given) => completed(shape, Object.fromEntries(Object.entries(given).map(([k, v]) => [k, fc.constant(v)])))),
  )
  return withJunk(shape, fc.oneof({ arbitrary: broken, weight: 4 }, ...cross.map((arbitrary) => ({ arbitrary, weight: 1 }))))
}

/** Submissions that break no rule (controls). */
export function validEntries(shape: Shape): fc.Arbitrary<Entries> {
  return withJunk(shape, completed(shape, {}))
}

function define(target: object, key: string, value: Value): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * The plain object a schema reads. Names "group.key" nest into their group's object when `groups`
 * names it (as entryObjectFromFormData does); a list sent as one field stays a list. Keys are own
 * properties, even "__proto__".
 */
export function toObject(entries: Entries, groups: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const group of groups) define(out, group, {})
  for (const [name, value] of entries) {
    const parts = name.split('.')
    const group = out[parts[0]]
    if (parts.length === 2 && groups.includes(parts[0]) && typeof group === 'object' && group !== null) define(group, parts[1], value)
    else define(out, name, value)
  }
  return out
}

/** The FormData a browser would send: one entry per value, lists as repeated names. */
export function toFormData(entries: Entries): FormData {
  const form = new FormData()
  for (const [name, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item instanceof Blob ? item : String(item))
  }
  return form
}

/** Inputs that are not objects at all. */
export const notAnObject = fc.constantFrom<unknown>(undefined, null, '', 'form', 42, true, NaN, [], [['name', 'x']])
