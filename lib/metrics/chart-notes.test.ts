import { describe, expect, it } from 'vitest'
import { dayText, type AnnotationFact } from './annotation-rules'
import { chartNotes, quarterNotes } from './chart-notes'

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

  it('places each marker at its quarter’s position, so a quarter without a score still gets one', () => {
    const four = [
      { quarter: '2026-Q1', label: 'Q1' },
      { quarter: '2026-Q2', label: 'Q2' },
      { quarter: '2026-Q3', label: 'Q3' },
      { quarter: '2026-Q4', label: 'Q4' },
    ]
    const notes = [note(1, '2026-11-02', 'Late'), note(2, '2026-04-09', 'Early'), note(3, '2026-05-30', 'Also early')]
    expect(quarterNotes(notes, { category: null, metricKey: null }, four).map((q) => [q.index, q.label, q.notes.map((n) => n.id)])).toEqual(
      [
        [1, 'Q2', [2, 3]],
        [3, 'Q4', [1]],
      ],
    )
  })

  it('puts a metric’s note on its category’s score trend but not on a sibling metric’s chart', () => {
    const notes = [note(1, '2026-08-01', 'Release train', 'releases')]
    expect(chartNotes(notes, { category: 'delivery', metricKey: null }, points)).toEqual([
      { label: 'FY26 Q3', lines: ['1 Aug 2026: Release train'] },
    ])
    expect(chartNotes(notes, { category: 'delivery', metricKey: 'time_to_market_days' }, points)).toEqual([])
  })
})
