import { describe, expect, it } from 'vitest'
import type { AnnotationFact } from '@/lib/metrics/annotation-rules'
import { dayText } from '@/lib/metrics/annotation-rules'
import { chartNotes } from './chart-notes'

const note = (id: number, date: string, text: string, metricKey: string | null = null): AnnotationFact => ({
  id,
  scope: 'org',
  date,
  text,
  category: metricKey ? 'delivery' : null,
  metricKey,
  createdBy: 'a@example.test',
  version: 1,
})
const points = [
  { quarter: '2026-Q2', label: 'FY26 Q2' },
  { quarter: '2026-Q3', label: 'FY26 Q3' },
]

describe('chartNotes', () => {
  it('groups a chart’s notes by the quarter holding their day, at its axis label, in day order', () => {
    const notes = [note(2, '2026-09-30', 'SOC 2 audit'), note(1, '2026-07-01', 'Re-org'), note(3, '2026-05-05', 'Other metric', 'releases')]
    expect(chartNotes(notes, { category: 'delivery', metricKey: 'time_to_market_days' }, points)).toEqual([
      { label: 'FY26 Q3', lines: ['1 Jul 2026: Re-org', '30 Sep 2026: SOC 2 audit'] },
    ])
  })

  it('leaves out notes outside the chart’s quarters', () => {
    expect(chartNotes([note(1, '2025-12-31', 'Old')], { category: null, metricKey: null }, points)).toEqual([])
  })

  it('writes a day as people read it', () => {
    expect(dayText('2026-08-04')).toBe('4 Aug 2026')
  })
})
