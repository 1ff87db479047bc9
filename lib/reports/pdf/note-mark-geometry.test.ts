import { describe, expect, it } from 'vitest'
import { footnoteText, noteMarkPlaces } from './note-mark-geometry'
import { trendGeometry } from './trend-geometry'

const box = { width: 240, height: 120, left: 30, right: 10, top: 10, bottom: 10 }
const trend = [
  { label: 'Q1', value: 50, target: 80 },
  { label: 'Q2', value: null, target: 80 },
]

describe('noteMarkPlaces', () => {
  it('puts each marker over its quarter on the top of the plot, with its footnote numbers', () => {
    const g = trendGeometry(trend, box)
    const marks = [
      { label: 'Q2', lines: ['a', 'b'], numbers: [1, 2] },
      { label: 'Q1', lines: ['c'], numbers: [3] },
    ]
    expect(noteMarkPlaces(trend, marks, g)).toEqual([
      { x: g.xs[1], y: g.plot.y0, text: '1, 2' },
      { x: g.xs[0], y: g.plot.y0, text: '3' },
    ])
  })

  it('leaves out a marker whose quarter the trend does not show', () => {
    expect(noteMarkPlaces(trend, [{ label: 'Q9', lines: ['x'], numbers: [1] }], trendGeometry(trend, box))).toEqual([])
  })

  it('shortens a run of three or more numbers to a range', () => {
    expect(footnoteText([4])).toBe('4')
    expect(footnoteText([4, 5])).toBe('4, 5')
    expect(footnoteText([4, 5, 6, 7])).toBe('4–7')
  })
})
