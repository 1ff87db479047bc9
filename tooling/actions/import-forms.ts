import fc from 'fast-check'
import { CATALOGUE, isScored, valueMax, type MetricDef } from '@/lib/metrics/catalogue'
import { UNITS } from '@/lib/metrics/units'
import { IMPORT_COLUMNS, REQUIRED_COLUMNS } from '@/lib/import/import-columns'
import { REASON_MAX } from '@/lib/validation/entry-schema'
import { IMPORT_MAX_BYTES } from '@/lib/validation/import-schema'
import { badNumber, junkText, text, tooLong } from './bad-values'
import { goodQuarter } from './entry-shape'
import type { Entries } from './shapes'

/**
 * Invalid uploads for the import handlers (multipart: file, reason): no file, an empty, oversize,
 * unreadable or wrongly named file, a header without a required column, a reason too long, or a
 * CSV whose rows break at least one rule (a bad value, n or target, an unknown metric, scope or
 * quarter, a figure given twice). Rows without a break are valid, so each file fails for the
 * reason it was built to fail for.
 */

/** Cells are written without quoting, so no generated cell may hold a delimiter, quote or line break. */
const plainCell = (s: string) => !/[,;\t"\r\n]/.test(s)
const cellText = (arb: fc.Arbitrary<string>) => arb.filter(plainCell)

interface Row {
  quarter: string
  scope: string
  'metric key': string
  value: string
  n: string
  target: string
}

const metric = fc.constantFrom(...CATALOGUE)
const inRange = (m: MetricDef) => {
  const spec = { ...UNITS[m.unit], max: valueMax(m) }
  const max = spec.max ?? 1e9
  return (spec.integer ? fc.integer({ min: spec.min, max }) : fc.double({ min: spec.min, max, noNaN: true })).map(String)
}

function goodRow(scopes: string[]): fc.Arbitrary<Row> {
  return metric.chain((m) =>
    fc.record({
      quarter: goodQuarter,
      scope: fc.constantFrom(...scopes),
      'metric key': fc.constantFrom(m.key, m.key.toUpperCase()),
      value: inRange(m),
      n: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 100_000 }).map(String)),
      target: isScored(m) ? fc.oneof(fc.constant(''), inRange(m)) : fc.constant(''),
    }),
  )
}

/** A row with one rule broken. */
function badRow(scopes: string[]): fc.Arbitrary<Row> {
  const breaks: fc.Arbitrary<Row>[] = [
    fc
      .tuple(
        goodRow(scopes),
        cellText(fc.oneof(fc.constantFrom('2026-Q5', 'Q3', '2026/3', 'yesterday', '20260-Q1', 'FY2026 Q7', ''), junkText)),
      )
      .map(([r, quarter]) => ({ ...r, quarter })),
    fc
      .tuple(
        goodRow(scopes),
        cellText(
          fc.oneof(
            fc.constant(''),
            fc.string({ maxLength: 20 }).map((s) => `no-such-team-${s}`),
          ),
        ),
      )
      .map(([r, scope]) => ({ ...r, scope })),
    fc
      .tuple(
        goodRow(scopes),
        cellText(
          fc.oneof(
            fc.constantFrom('', 'uptime', 'availability2', 'Talent'),
            fc.string({ maxLength: 20 }).map((s) => `${s}#`),
          ),
        ),
      )
      .map(([r, key]) => ({ ...r, 'metric key': key })),
    metric.chain((m) =>
      fc
        .tuple(goodRow(scopes), cellText(badNumber({ ...UNITS[m.unit], max: valueMax(m) })))
        .map(([r, value]) => ({ ...r, 'metric key': m.key, value })),
    ),
    fc.tuple(goodRow(scopes), cellText(badNumber(UNITS.count))).map(([r, n]) => ({ ...r, n })),
    fc.tuple(goodRow(scopes), fc.integer({ min: 0, max: 100 })).map(([r, n]) => ({ ...r, value: '', target: '', n: String(n) })),
    goodRow(scopes).map((r) => ({ ...r, n: '2147483648' })),
    metric
      .filter(isScored)
      .chain((m) =>
        fc
          .tuple(goodRow(scopes), cellText(badNumber({ ...UNITS[m.unit], max: valueMax(m) })))
          .map(([r, target]) => ({ ...r, 'metric key': m.key, target })),
      ),
    fc
      .tuple(goodRow(scopes), fc.constantFrom(...CATALOGUE.filter((m) => !isScored(m))))
      .map(([r, m]) => ({ ...r, 'metric key': m.key, value: '1', target: '1' })),
  ]
  return fc.oneof(...breaks)
}

const csv = (header: string[], rows: string[][]) => [header, ...rows].map((cells) => cells.join(',')).join('\r\n')
const file = (content: string | Uint8Array<ArrayBuffer>, name: string) => new File([content], name, { type: 'text/csv' })
const columns: string[] = [...IMPORT_COLUMNS]
const asCells = (row: Row) => IMPORT_COLUMNS.map((c) => row[c])

/** A CSV with only good rows: applying it would store figures, so it is sent only with another break. */
function goodCsv(scopes: string[]): fc.Arbitrary<string> {
  return fc.array(goodRow(scopes), { minLength: 1, maxLength: 4 }).map((rows) => csv(columns, rows.map(asCells)))
}

let oversize: File | null = null

export function invalidImports(scopes: string[]): fc.Arbitrary<Entries> {
  const reason = fc.oneof(fc.constant(''), text(0, 100))
  const withReason = (f: fc.Arbitrary<File | string>): fc.Arbitrary<Entries> =>
    fc.tuple(f, reason).map(([upload, why]): Entries => [
      ['file', upload],
      ['reason', why],
    ])
  const rowsWithBreak = fc.tuple(fc.array(goodRow(scopes), { maxLength: 3 }), badRow(scopes), fc.nat()).map(([good, bad, at]) => {
    const i = at % (good.length + 1)
    return [...good.slice(0, i), bad, ...good.slice(i)].map(asCells)
  })
  // Weighted so that the 5 MB file (costly to read 10,000 times, and one rule only) comes up about 1 in 60.
  const w = (arbitrary: fc.Arbitrary<Entries>) => ({ arbitrary, weight: 8 })
  return fc.oneof(
    // No file at all, or its name sent as text.
    w(
      fc.oneof(
        fc.constant<Entries>([]),
        fc.constant<Entries>([['file', 'figures.csv']]),
        reason.map((why): Entries => [['reason', why]]),
      ),
    ),
    w(
      fc.tuple(goodCsv(scopes), tooLong(REASON_MAX)).map(([content, why]): Entries => [
        ['file', file(content, 'figures.csv')],
        ['reason', why],
      ]),
    ),
    w(withReason(fc.constant(file('', 'figures.csv')))),
    w(
      withReason(
        fc
          .tuple(goodCsv(scopes), fc.constantFrom('figures.xls', 'figures.numbers', 'figures', 'figures.csv.exe', 'figures.txt', '.csv.'))
          .map(([c, name]) => file(c, name)),
      ),
    ),
    w(
      withReason(
        fc.tuple(fc.subarray(columns), fc.constantFrom(...REQUIRED_COLUMNS), goodCsv(scopes)).map(([header, missing, content]) =>
          file(
            csv(
              header.filter((c) => c !== missing).concat('label'),
              content
                .split('\r\n')
                .slice(1)
                .map((l) => l.split(',')),
            ),
            'figures.csv',
          ),
        ),
      ),
    ),
    w(withReason(fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => file(new Uint8Array(bytes), 'figures.xlsx')))),
    w(withReason(rowsWithBreak.map((rows) => file(csv(columns, rows), 'figures.csv')))),
    // The same figure twice.
    w(withReason(goodRow(scopes).map((r) => file(csv(columns, [asCells(r), asCells(r)]), 'figures.csv')))),
    {
      weight: 1,
      arbitrary: withReason(
        fc.constant(null).map(() => (oversize ??= file(new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x31), 'figures.csv'))),
      ),
    },
  )
}
