import { describe, expect, it } from 'vitest'
import {
  addQuarters,
  calendarSpan,
  compareQuarters,
  daysInQuarter,
  fiscalLabel,
  isQuarterKey,
  parseQuarter,
  previousQuarter,
  quarterOf,
  quartersEnding,
  yearAgo,
} from './quarters'

describe('fiscalLabel', () => {
  it.each([
    ['2026-Q3', 1, 'FY2026 Q3'],
    ['2026-Q1', 1, 'FY2026 Q1'],
    ['2026-Q3', 7, 'FY2027 Q1'],
    ['2026-Q2', 7, 'FY2026 Q4'],
    ['2026-Q1', 4, 'FY2026 Q4'],
    ['2026-Q2', 4, 'FY2027 Q1'],
    ['2025-Q4', 10, 'FY2026 Q1'],
    ['2025-Q3', 10, 'FY2025 Q4'],
  ] as const)('%s with a fiscal year starting in month %i is %s', (key, start, label) => {
    expect(fiscalLabel(key, start)).toBe(label)
  })

  it('defaults to a January start', () => {
    expect(fiscalLabel('2024-Q2')).toBe('FY2024 Q2')
  })
})

describe('quarter keys', () => {
  it('parses and validates keys', () => {
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, quarter: 3 })
    expect(isQuarterKey('2026-Q5')).toBe(false)
    expect(() => parseQuarter('2026Q3')).toThrow()
  })

  it('accepts from outside only four-digit keys of the supported years, 2000 to 2100', () => {
    for (const key of ['2000-Q1', '2100-Q4', '2026-Q3']) expect(isQuarterKey(key)).toBe(true)
    for (const key of ['0000-Q1', '1001-Q1', '1999-Q4', '2101-Q1', '9999-Q4', '10000-Q1', ' 2026-Q3']) expect(isQuarterKey(key)).toBe(false)
  })

  it('does arithmetic on any year, so views and time-zone changes never fail on an odd stored key', () => {
    expect(addQuarters('9999-Q4', 1)).toBe('10000-Q1')
    expect(parseQuarter('10000-Q1')).toEqual({ year: 10000, quarter: 1 })
    expect(quartersEnding('0000-Q2', 3)).toEqual(['-0001-Q4', '0000-Q1', '0000-Q2'])
    expect(addQuarters('-0001-Q4', 1)).toBe('0000-Q1')
    expect(quartersEnding('2000-Q1', 2)).toEqual(['1999-Q4', '2000-Q1'])
  })

  it('adds quarters across years in both directions', () => {
    expect(addQuarters('2025-Q4', 1)).toBe('2026-Q1')
    expect(addQuarters('2026-Q1', -1)).toBe('2025-Q4')
    expect(addQuarters('2026-Q2', 9)).toBe('2028-Q3')
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4')
    expect(yearAgo('2026-Q3')).toBe('2025-Q3')
  })

  it('lists the quarters ending with a key, oldest first', () => {
    expect(quartersEnding('2026-Q2', 4)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'])
    expect(quartersEnding('2026-Q2', 1)).toEqual(['2026-Q2'])
  })

  it('compares quarters chronologically', () => {
    expect(compareQuarters('2025-Q4', '2026-Q1')).toBeLessThan(0)
    expect(compareQuarters('2026-Q1', '2025-Q4')).toBeGreaterThan(0)
    expect(compareQuarters('2026-Q1', '2026-Q1')).toBe(0)
  })
})

describe('calendar', () => {
  it.each([
    ['2024-Q1', 91],
    ['2025-Q1', 90],
    ['2026-Q2', 91],
    ['2026-Q3', 92],
    ['2026-Q4', 92],
  ])('%s has %i days', (key, days) => {
    expect(daysInQuarter(key)).toBe(days)
  })

  it('buckets an instant into a quarter in the organisation time zone', () => {
    const instant = new Date('2026-03-31T23:30:00Z')
    expect(quarterOf(instant, 'Asia/Tokyo')).toBe('2026-Q2')
    expect(quarterOf(instant, 'UTC')).toBe('2026-Q1')
    expect(quarterOf(instant)).toBe('2026-Q1')
    expect(quarterOf(new Date('2026-01-01T02:00:00Z'), 'America/New_York')).toBe('2025-Q4')
  })

  it('names the months of a quarter', () => {
    expect(calendarSpan('2026-Q3')).toBe('Jul–Sep 2026')
  })
})
