import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CATALOGUE, getMetric, valueMax } from '@/lib/metrics/catalogue'
import { CATEGORY_KEYS } from '@/lib/metrics/categories'
import { UNITS } from '@/lib/metrics/units'
import { IMPORT_COLUMNS, type Cell } from './import-columns'
import { problemText } from './import-problem'
import type { RawRow } from './parse-file'
import { validateRows, type ValidationContext } from './validate-rows'

const CTX: ValidationContext = {
  teams: [
    { id: 'team-pay', slug: 'payments', archived: false },
    { id: 'team-old', slug: 'legacy', archived: true },
  ],
  fiscalStartMonth: 7,
  categories: CATEGORY_KEYS,
  decimalComma: false,
}

const row = (n: number, cells: RawRow['cells']): RawRow => ({
  row: n,
  cells: { quarter: '2026-Q3', scope: 'org', 'metric key': 'availability', value: '99.9', ...cells },
})
const texts = (rows: RawRow[], ctx: ValidationContext = CTX) => validateRows(rows, ctx).problems.map(problemText)

describe('validateRows', () => {
  it('accepts good rows: team slugs to ids, fiscal labels to keys, blank n and target to null', () => {
    const result = validateRows(
      [
        row(2, { scope: 'PAYMENTS', quarter: 'FY2027 Q1', n: '', target: null }),
        row(3, { 'metric key': 'Releases', value: 12, n: '4', target: '10' }),
      ],
      CTX,
    )
    expect(result.problems).toEqual([])
    expect(result.rows).toEqual([
      {
        row: 2,
        scope: 'team-pay',
        scopeSlug: 'payments',
        quarter: '2026-Q3',
        metricKey: 'availability',
        value: 99.9,
        n: null,
        target: null,
      },
      { row: 3, scope: 'org', scopeSlug: 'org', quarter: '2026-Q3', metricKey: 'releases', value: 12, n: 4, target: 10 },
    ])
  })

  it('reads a decimal comma only in a semicolon file', () => {
    expect(validateRows([row(2, { value: '99,95' })], { ...CTX, decimalComma: true }).rows[0].value).toBe(99.95)
    expect(
      validateRows([row(2, { 'metric key': 'tech_revenue', value: '1.250.000,5' })], { ...CTX, decimalComma: true }).rows[0].value,
    ).toBe(1250000.5)
    expect(texts([row(2, { value: '99,95' })])).toEqual(['Row 2, column value: Uptime must be a number.'])
  })

  it('keeps a blank value as null, never 0, and skips rows with no value, n or target', () => {
    const result = validateRows([row(2, { value: '', target: '99.5' }), row(3, { value: '  ', n: null, target: '' })], CTX)
    expect(result.rows).toEqual([expect.objectContaining({ row: 2, value: null, target: 99.5 })])
    expect(result.skipped).toEqual([3])
  })

  it('reports every problem by row, column and message', () => {
    const problems = texts([
      row(2, { value: '101' }),
      row(3, { value: 'lots' }),
      row(4, { 'metric key': 'releases', value: '2.5' }),
      row(5, { 'metric key': 'uptime' }),
      row(6, { quarter: '2026-Q5' }),
      row(7, { quarter: '' }),
      row(8, { scope: 'nowhere' }),
      row(9, { scope: 'legacy' }),
      row(10, { n: '-1' }),
      row(11, { n: '1.5' }),
      row(12, { value: '', n: '10' }),
      row(13, { 'metric key': 'headcount', value: '40', target: '45' }),
      row(14, { target: '120' }),
      row(15, { 'metric key': 'enps', value: '-101' }),
      row(16, { 'metric key': 'Time to hire' }),
      row(17, { 'metric key': 'uptime2' }),
    ])
    expect(problems).toEqual([
      'Row 2, column value: Uptime must be between 0 and 100.',
      'Row 3, column value: Uptime must be a number.',
      'Row 4, column value: Releases shipped must be a whole number.',
      'Row 5, column metric key: Unknown metric key “uptime”. Uptime has the key availability.',
      'Row 6, column quarter: “2026-Q5” is not a quarter: write it as 2026-Q3 or FY2026 Q3.',
      'Row 7, column quarter: Give the quarter, e.g. 2026-Q3.',
      'Row 8, column scope: No team has the slug “nowhere”. Use org or a team’s slug (see Teams).',
      'Row 9, column scope: The team “legacy” is archived: unarchive it under Teams to import its figures.',
      'Row 10, column n: n must be 0 or more.',
      'Row 11, column n: n must be a whole number.',
      'Row 12, column n: n is given but the value is blank: give the value too, or clear n.',
      'Row 13, column target: Engineering headcount is context only and takes no target.',
      'Row 14, column target: The target for Uptime must be between 0 and 100.',
      'Row 15, column value: Employee NPS must be between -100 and 100.',
      'Row 16, column metric key: Unknown metric key “time to hire”. Time to hire has the key time_to_hire_days.',
      'Row 17, column metric key: Unknown metric key “uptime2”. The template lists every key.',
    ])
  })

  it('refuses the same figure twice, on the later row', () => {
    expect(texts([row(2, {}), row(3, { value: '99' }), row(4, { quarter: '2026-Q2' })])).toEqual([
      'Row 3, column metric key: availability for org in 2026-Q3 is already given in row 2; give each figure once.',
    ])
  })

  it('lets a category owner import only their categories', () => {
    const owner = { ...CTX, categories: ['talent'] as const }
    expect(texts([row(2, {}), row(3, { 'metric key': 'enps', value: '10' })], owner)).toEqual([
      'Row 2, column metric key: Uptime is a System reliability figure; you may import only Talent retention figures.',
    ])
  })
})

describe('validateRows with garbage (property)', () => {
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '',
      ' ',
      '1e3',
      '0x10',
      'NaN',
      'Infinity',
      '-0',
      '1,5',
      '1.000,5',
      '\u22125',
      '=1+1',
      '99.999999',
      '100.0001',
      '2147483648',
    ),
    fc.double(),
    fc.integer(),
  )
  const keyCell = fc.oneof(cell, fc.constantFrom(...CATALOGUE.map((m) => m.key)))
  const quarterCell = fc.oneof(cell, fc.constantFrom('2026-Q3', 'FY2026 Q1', 'fy2025-q4'))
  const scopeCell = fc.oneof(cell, fc.constantFrom('org', 'payments', 'legacy'))
  const rawRow = fc.record({ quarter: quarterCell, scope: scopeCell, 'metric key': keyCell, value: cell, n: cell, target: cell })
  const rows = fc.array(rawRow, { maxLength: 20 }).map((list) => list.map((cells, i): RawRow => ({ row: i + 2, cells })))

  it('never throws, and never accepts a value, n or target out of range', () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (raw, decimalComma) => {
        const result = validateRows(raw, { ...CTX, decimalComma })
        for (const accepted of result.rows) {
          const metric = getMetric(accepted.metricKey)
          const spec = UNITS[metric.unit]
          // A metric's own limit wins over its unit's (annualised attrition may pass 100%).
          const max = valueMax(metric)
          for (const value of [accepted.value, accepted.target]) {
            if (value === null) continue
            expect(Number.isFinite(value)).toBe(true)
            expect(value).toBeGreaterThanOrEqual(spec.min)
            if (max !== undefined) expect(value).toBeLessThanOrEqual(max)
            if (spec.integer) expect(Number.isInteger(value)).toBe(true)
          }
          if (accepted.n !== null) expect(Number.isInteger(accepted.n) && accepted.n >= 0 && accepted.n <= 2_147_483_647).toBe(true)
        }
        // Every row is accounted for: accepted, skipped, or reported.
        const reported = new Set(result.problems.map((p) => p.row))
        for (const r of raw)
          expect(result.rows.some((a) => a.row === r.row) || result.skipped.includes(r.row) || reported.has(r.row)).toBe(true)
        expect(result.problems.every((p) => p.column === null || (IMPORT_COLUMNS as readonly string[]).includes(p.column))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})

describe('validateRows: the investment mix', () => {
  const share = (n: number, key: string, value: string, cells: RawRow['cells'] = {}) => row(n, { 'metric key': key, value, ...cells })
  const mix = (first: number, a: string, b: string, c: string, cells: RawRow['cells'] = {}) => [
    share(first, 'investment_new_value_pct', a, cells),
    share(first + 1, 'investment_ktlo_pct', b, cells),
    share(first + 2, 'investment_tech_debt_pct', c, cells),
  ]

  it('accepts a scope and quarter whose shares add up to 99, 100 or 101', () => {
    expect(
      texts([
        ...mix(2, '59', '25', '15'),
        ...mix(5, '60', '25', '15', { scope: 'payments' }),
        ...mix(8, '61', '25', '15', { quarter: '2026-Q2' }),
      ]),
    ).toEqual([])
  })

  it('refuses a scope and quarter whose shares add up to 101.1 or 90, on its last share, naming the sum', () => {
    expect(texts([...mix(2, '60', '25', '16.1'), ...mix(5, '50', '25', '15', { scope: 'payments' })])).toEqual([
      'Row 4, column value: org, 2026-Q3: The three shares of engineering time must add up to 100 (± 1). These add up to 101.1.',
      'Row 7, column value: payments, 2026-Q3: The three shares of engineering time must add up to 100 (± 1). These add up to 90.',
    ])
  })

  it('refuses a share given without the other two of its scope and quarter', () => {
    expect(texts([share(2, 'investment_new_value_pct', '100')])).toEqual([
      'Row 2, column value: org, 2026-Q3: The three shares of engineering time must add up to 100 (± 1). Give time keeping the lights on and time on technical debt too, or clear all three.',
    ])
  })
})
