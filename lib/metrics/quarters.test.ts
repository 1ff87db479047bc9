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
