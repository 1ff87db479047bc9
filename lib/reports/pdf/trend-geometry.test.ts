import { describe, expect, it } from 'vitest'
import { trendGeometry } from './trend-geometry'

const box = { width: 240, height: 120, left: 30, right: 10, top: 10, bottom: 10 }

describe('trendGeometry', () => {
  it('places scores on a fixed 0–100 scale inside the plot area', () => {
    const g = trendGeometry(
      [
        { value: 0, target: 80 },
        { value: 100, target: 80 },
      ],
      box,
    )
    expect(g.plot).toEqual({ x0: 30, x1: 230, y0: 10, y1: 110 })
    expect(g.xs).toEqual([80, 180])
    expect(g.runs).toEqual(['80,110 180,10'])
    expect(g.targetRuns).toEqual(['80,30 180,30'])
    expect(g.yTicks.map((t) => t.y)).toEqual([110, 85, 60, 35, 10])
  })

  it('leaves a gap for a quarter without a score instead of drawing it at 0', () => {
    const g = trendGeometry(
      [
        { value: 50, target: 80 },
        { value: 60, target: 80 },
        { value: null, target: 80 },
        { value: 70, target: 80 },
      ],
      box,
    )
    expect(g.runs).toHaveLength(2)
    expect(g.runs[0].split(' ')).toHaveLength(2)
    expect(g.runs[1].split(' ')).toHaveLength(1)
    expect(g.dots.map((d) => d.y)).not.toContain(110)
    expect(g.targetRuns).toHaveLength(1)
  })

  it('draws nothing for a series with no scores at all', () => {
    const g = trendGeometry(
      [
        { value: null, target: 80 },
        { value: null, target: 80 },
      ],
      box,
    )
    expect(g.runs).toEqual([])
    expect(g.dots).toEqual([])
  })
})
