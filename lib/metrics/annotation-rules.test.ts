import { describe, expect, it } from 'vitest'
import { appliesTo, isAnnotationDay, notesOnChart, quarterOfDay, type AnnotationFact } from './annotation-rules'

const note = (id: number, date: string, about: Partial<Pick<AnnotationFact, 'category' | 'metricKey'>> = {}): AnnotationFact => ({
  id,
  scope: 'org',
  date,
  text: `note ${id}`,
  category: null,
  metricKey: null,
  createdBy: 'a@example.com',
  version: 1,
  ...about,
})

describe('annotation days and quarters', () => {
  it('takes real calendar days only', () => {
    expect(isAnnotationDay('2026-02-28')).toBe(true)
    expect(isAnnotationDay('2024-02-29')).toBe(true)
    expect(isAnnotationDay('2026-02-29')).toBe(false)
    expect(isAnnotationDay('2026-13-01')).toBe(false)
    expect(isAnnotationDay('26-01-01')).toBe(false)
    expect(isAnnotationDay('1999-12-31')).toBe(false)
  })

  it('puts a day in its calendar quarter, edges included', () => {
    expect(quarterOfDay('2026-01-01')).toBe('2026-Q1')
    expect(quarterOfDay('2026-03-31')).toBe('2026-Q1')
    expect(quarterOfDay('2026-04-01')).toBe('2026-Q2')
    expect(quarterOfDay('2026-09-30')).toBe('2026-Q3')
    expect(quarterOfDay('2026-12-31')).toBe('2026-Q4')
  })
})

describe('which charts a note is on', () => {
  const scopeWide = note(1, '2026-08-01')
  const delivery = note(2, '2026-08-02', { category: 'delivery' })
  const releases = note(3, '2026-08-03', { category: 'delivery', metricKey: 'releases' })

  it('shows a scope-wide note everywhere, a category note on its category, a metric note on its metric and its category’s score', () => {
    const charts = [
      { category: 'delivery' as const, metricKey: null },
      { category: 'delivery' as const, metricKey: 'releases' },
      { category: 'delivery' as const, metricKey: 'time_to_market_days' },
      { category: 'reliability' as const, metricKey: null },
      { category: null, metricKey: null },
    ]
    expect(charts.map((c) => appliesTo(scopeWide, c))).toEqual([true, true, true, true, true])
    expect(charts.map((c) => appliesTo(delivery, c))).toEqual([true, true, true, false, false])
    expect(charts.map((c) => appliesTo(releases, c))).toEqual([true, true, false, false, false])
  })

  it('marks only notes in the quarters the chart covers, in day order', () => {
    const later = note(4, '2027-01-05')
    const onChart = notesOnChart([later, releases, scopeWide], { category: 'delivery', metricKey: 'releases' }, ['2026-Q2', '2026-Q3'])
    expect(onChart.map((n) => [n.id, n.quarter])).toEqual([
      [1, '2026-Q3'],
      [3, '2026-Q3'],
    ])
  })
})
