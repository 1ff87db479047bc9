import { describe, expect, it } from 'vitest'
import type { AnnotationFact } from '@/lib/metrics/annotation-rules'
import { scorecardNotes } from './scorecard-notes'

const note = (id: number, date: string, text: string, category: AnnotationFact['category'] = null): AnnotationFact => ({
  id,
  scope: 'org',
  date,
  text,
  category,
  metricKey: null,
  createdBy: 'a@example.test',
  version: 1,
})
const points = (scores: (number | null)[]) => scores.map((score, i) => ({ quarter: `2026-Q${i + 1}`, label: `Q${i + 1}`, score }))

describe('scorecardNotes', () => {
  it('marks each chart’s notes and sends each drawn note’s text once, however many charts mark it', () => {
    const notes = [note(1, '2026-08-14', 'Re-org'), note(2, '2026-02-01', 'SOC 2 audit', 'security'), note(3, '2027-01-01', 'Out of view')]
    const { charts, texts } = scorecardNotes(notes, [
      { subject: { category: null, metricKey: null }, points: points([50, 60, 70]) },
      { subject: { category: 'security', metricKey: null }, points: points([40, null, 45]) },
      { subject: { category: 'delivery', metricKey: null }, points: points([80, 81, 82]) },
    ])
    expect(charts.map((c) => c.map((q) => [q.label, q.notes.map((n) => n.id)]))).toEqual([
      [['Q3', [1]]],
      [
        ['Q1', [2]],
        ['Q3', [1]],
      ],
      [['Q3', [1]]],
    ])
    expect(texts).toEqual({ 1: '14 Aug 2026: Re-org', 2: '1 Feb 2026: SOC 2 audit' })
  })

  it('marks nothing on a chart without a score, and sends no text for it', () => {
    const { charts, texts } = scorecardNotes(
      [note(2, '2026-02-01', 'SOC 2 audit', 'security')],
      [{ subject: { category: 'security', metricKey: null }, points: points([null, null]) }],
    )
    expect(charts).toEqual([[]])
    expect(texts).toEqual({})
  })
})
