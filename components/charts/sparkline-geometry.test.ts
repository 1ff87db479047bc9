import { describe, expect, it } from 'vitest'
import { nearestMark, sparklineGeometry, sparklineNoteMarks, sparklineRange } from './sparkline-geometry'

const box = { width: 110, height: 60, pad: 5 }

describe('sparklineGeometry', () => {
  it('places scores that span 0–100 on a 0–100 axis', () => {
    const g = sparklineGeometry([100, 50, 0], box, 80)
    expect(g.range).toEqual({ low: 0, high: 100 })
    expect(g.runs).toEqual(['5,5 55,30 105,55'])
    expect(g.dots).toBe('M5 5h0M55 30h0M105 55h0')
    expect(g.guideY).toBe(15)
  })

  it('fits the axis to the scores, so a fall from 61 to 44 takes most of the height', () => {
    const g = sparklineGeometry([61, 44], box, 80)
    expect(g.range).toEqual({ low: 30, high: 70 })
    // 17 points of a 40-point axis: the fall is 42% of the drawing's height, where 0–100 would give 17%.
    expect(g.runs).toEqual(['5,16.3 105,37.5'])
    // The on-track line (80) is above the axis: not drawn at the edge as if it were there.
    expect(g.guideY).toBeNull()
  })

  it('breaks the line at a quarter without a score instead of drawing 0', () => {
    const g = sparklineGeometry([100, null, 0], box, 80)
    expect(g.runs).toEqual(['5,5', '105,55'])
    expect(g.dots).toBe('M5 5h0M105 55h0')
    expect(g.marks[1]).toBeNull()
  })

  it('marks each point as percentages of the box, for its tooltip', () => {
    expect(sparklineGeometry([100, 0], box, 80).marks).toEqual([
      { left: 4.5, top: 8.3 },
      { left: 95.5, top: 91.7 },
    ])
  })

  it('draws nothing for an empty series', () => {
    expect(sparklineGeometry([null, null], box, 80).runs).toEqual([])
  })
})

describe('sparklineRange', () => {
  it('rounds out to tens with a margin and keeps within 0–100', () => {
    expect(sparklineRange([85, 97])).toEqual({ low: 70, high: 100 })
    expect(sparklineRange([3, 12])).toEqual({ low: 0, high: 30 })
  })

  it('spans at least 30 points, so a wobble is not drawn as a cliff', () => {
    expect(sparklineRange([50, 51])).toEqual({ low: 30, high: 60 })
    expect(sparklineRange([98, 99])).toEqual({ low: 70, high: 100 })
  })
})

describe('nearestMark', () => {
  const marks = sparklineGeometry([40, null, 60, 70], box, 80).marks
  it('finds the quarter with a score nearest the pointer, skipping gaps', () => {
    expect(nearestMark(marks, 0)).toBe(0)
    expect(nearestMark(marks, 0.4)).toBe(2)
    expect(nearestMark(marks, 1)).toBe(3)
  })

  it('finds none in a series without scores', () => {
    expect(nearestMark([null, null], 0.5)).toBeNull()
  })
})

describe('sparklineNoteMarks', () => {
  it('puts a marker under its quarter’s point, also under a quarter without a score, naming its notes by id', () => {
    const g = sparklineGeometry([50, null, 70], box, 80)
    const marks = sparklineNoteMarks(
      [
        { index: 0, label: 'Q1', notes: [{ id: 4 }, { id: 2 }] },
        { index: 1, label: 'Q2', notes: [{ id: 9 }] },
      ],
      3,
      box,
    )
    expect(marks).toEqual([
      { left: g.marks[0]?.left, label: 'Q1', ids: [4, 2] },
      { left: 50, label: 'Q2', ids: [9] },
    ])
  })
})
