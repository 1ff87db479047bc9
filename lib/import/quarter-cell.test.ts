import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIRST_YEAR, FISCAL_START_MONTHS, fiscalLabel, LAST_YEAR, quarterKey } from '@/lib/metrics/quarters'
import { parseQuarterCell } from './quarter-cell'

describe('parseQuarterCell', () => {
  it('reads the calendar key in its usual spellings', () => {
    for (const text of ['2026-Q3', '2026-q3', ' 2026 Q3 ', '2026Q3']) expect(parseQuarterCell(text, 1)).toBe('2026-Q3')
  })

  it('reads a fiscal label with the organisation’s fiscal start (FY named after the year it ends in)', () => {
    expect(parseQuarterCell('FY2026 Q3', 1)).toBe('2026-Q3')
    expect(parseQuarterCell('FY2026 Q1', 7)).toBe('2025-Q3')
    expect(parseQuarterCell('fy2026-q4', 10)).toBe('2026-Q3')
  })

  it('refuses anything else rather than guessing', () => {
    for (const text of ['', 'Q3', '2026-Q5', '2026/3', 'FY26 Q3', 'Q3 2026', '2026-Q3x', 'FY2026 Q0'])
      expect(parseQuarterCell(text, 1)).toBeNull()
  })

  it('gives back the quarter of every fiscal label the screens show (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_YEAR, max: LAST_YEAR - 1 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(...FISCAL_START_MONTHS),
        (year, q, start) => {
          const key = quarterKey(year, q)
          expect(parseQuarterCell(fiscalLabel(key, start), start)).toBe(key)
          expect(parseQuarterCell(key, start)).toBe(key)
        },
      ),
    )
  })
})

describe('parseQuarterCell outside the supported years', () => {
  it('refuses a quarter before 2000 or after 2100, as a page or an export would', () => {
    expect(parseQuarterCell('1999-Q4', 1)).toBeNull()
    expect(parseQuarterCell('2101-Q1', 1)).toBeNull()
  })
})
