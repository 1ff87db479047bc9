import fc from 'fast-check'
import { numberText } from '@/lib/validation/number-input'
import type { UnitSpec } from '@/lib/metrics/units'

/**
 * Building blocks for inputs that a schema must refuse (and a few it must accept, as controls).
 * Each "bad" arbitrary is invalid by construction, not by filtering through the code under test.
 */

/** Characters that are neither whitespace nor part of a plain decimal: one of them makes any text a non-number. */
const NON_NUMERIC = ['x', 'e', 'E', '%', '$', '€', '∞', '#', '١', '５', '½', '\u0000', '\u202e', '😀', 'ﬀ', '<', '"']
const nonNumericChar = fc.constantFrom(...NON_NUMERIC)

/** Unicode junk around a character that can never end a number. */
export const junkText = fc.oneof(
  fc.tuple(fc.string({ unit: 'binary', maxLength: 20 }), nonNumericChar).map(([s, c]) => s + c),
  fc.tuple(nonNumericChar, fc.string({ unit: 'grapheme', maxLength: 20 })).map(([c, s]) => c + s),
)

/** Texts that look a bit like numbers but are not plain decimals. */
export const NOT_NUMBERS = [
  'abc',
  '12abc',
  '1e3',
  '1E-2',
  '0x10',
  '0b1',
  '0o7',
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '+Infinity',
  '∞',
  '−∞',
  '1,2',
  '12,34',
  '1,23,456',
  '1..2',
  '1.2.3',
  '.',
  '-',
  '+',
  '−',
  '--1',
  '+-1',
  '1-',
  '1+1',
  '١٢',
  '１２',
  '½',
  '12 %',
  '$12',
  '12€',
  '1 000',
  '1_000',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '0\u00001',
  '1\n2',
  '1 2',
  `1${'0'.repeat(400)}`, // 1e400: beyond a double
]

/** Values that are not text at all (for schema-level fuzzing; a form can only send text or files). */
export const nonText = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, NaN, Infinity, -Infinity, [], {}, [''], new Date(0)),
  fc.integer(),
  fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
)

/**
 * A text longer than `max` characters even after trimming (no whitespace inside to trim). Zod counts
 * a string's length in code points once it exceeds the limit in UTF-16 units, so "😀" counts once.
 */
export function tooLong(max: number): fc.Arbitrary<string> {
  const unit = fc.constantFrom('a', 'Z', '9', 'é', '漢', '😀', '<', '"', '\u0000', '\u202e', '-')
  // A short random core repeated past the limit: as hostile as a long random text, and far cheaper to generate.
  return fc
    .tuple(fc.string({ unit, minLength: 1, maxLength: 16 }), fc.nat(40), fc.constantFrom('', ' ', '\n', '\u00a0'))
    .map(([core, extra, pad]) => pad + core.repeat(Math.ceil((max + 1 + extra) / [...core].length)) + pad)
}

/** Blank as a person types it: nothing, spaces, tabs, line breaks, no-break spaces. */
export const blank = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\ufeff'), maxLength: 6 })

/** Printable text whose trimmed length is within [min, max]. */
export function text(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .string({
      unit: fc.oneof(fc.constantFrom('a', 'B', '7', ' ', 'é', '漢', '-', '&', "'"), fc.string({ minLength: 1, maxLength: 1 })),
      minLength: min,
      maxLength: Math.min(max, 60),
    })
    .filter((s) => s.trim().length >= min && s.trim().length <= max)
}

/** A number written as the form accepts it: plain, with thousands separators, or with a true minus sign. */
function written(value: number): fc.Arbitrary<string> {
  const plain = numberText(value)
  const variants = [plain, ` ${plain} `]
  if (value < 0) variants.push(plain.replace('-', '\u2212'))
  if (Math.abs(value) >= 1000 && Number.isInteger(value)) variants.push(value.toLocaleString('en-US'))
  return fc.constantFrom(...variants)
}

/** A value inside a unit's range (whole for counts), as text; blank too, which means "no data". */
export function goodNumber(spec: UnitSpec): fc.Arbitrary<string> {
  const max = spec.max ?? 1e9
  const value = spec.integer ? fc.integer({ min: spec.min, max }) : fc.double({ min: spec.min, max, noNaN: true, noDefaultInfinity: true })
  return fc.oneof(fc.constant(''), value.chain(written))
}

/** A value the unit refuses, as text: not a number, below the minimum, above the maximum, or fractional for counts. */
export function badNumber(spec: UnitSpec): fc.Arbitrary<string> {
  const gap = fc.double({ min: 1e-6, max: 1e12, noNaN: true })
  const options: fc.Arbitrary<string>[] = [fc.constantFrom(...NOT_NUMBERS), junkText, gap.chain((g) => written(spec.min - g))]
  if (spec.max !== undefined) {
    const max = spec.max
    options.push(
      gap.chain((g) => written(max + g)),
      fc.constant(`${max}.0001`),
    )
  }
  if (spec.integer) {
    options.push(fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(0.5, 0.25, 0.1, 0.999)).chain(([k, f]) => written(k + f)))
  }
  return fc.oneof(...options)
}

/** The same refusals as numbers and other types, for schemas that also take numbers from code. */
export function badNumberValue(spec: UnitSpec): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [
    fc.constantFrom<unknown>(NaN, Infinity, -Infinity, true, false, {}, [], [1], new Date(0)),
    fc.double({ min: 1e-6, max: 1e12, noNaN: true }).map((g) => spec.min - g),
  ]
  if (spec.max !== undefined) {
    const max = spec.max
    options.push(fc.double({ min: 1e-6, max: 1e12, noNaN: true }).map((g) => max + g))
  }
  if (spec.integer) options.push(fc.integer({ min: 0, max: 1e9 }).map((k) => k + 0.5))
  return fc.oneof(...options)
}

/**
 * Field names that must never reach an object's prototype or be taken for a real field: prototype
 * keys, Next's own fields, names nested too deep, and names of things a form must not choose.
 */
export const junkName = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '__proto__.polluted',
    'constructor.prototype.polluted',
    'values.__proto__',
    'values.constructor',
    'inputs.__proto__',
    'values.releases.extra',
    '$ACTION_ID_abc',
    '$ACTION_REF_1',
    'isAdmin',
    'passwordHash',
    'disabledAt',
    'createdAt',
    'publishedAt',
    'actor',
    'x'.repeat(300),
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => `junk ${s}`),
)
