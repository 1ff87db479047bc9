import { describe, expect, it } from 'vitest'
import { sparklineGeometry } from './sparkline-geometry'

const box = { width: 110, height: 60, pad: 5 }

describe('sparklineGeometry', () => {
  it('places scores on a fixed 0–100 scale', () => {
    const g = sparklineGeometry([100, 50, 0], box, 80)
    expect(g.runs).toEqual(['5,5 55,30 105,55'])
    expect(g.dots).toBe('M5 5h0M55 30h0M105 55h0')
    expect(g.guideY).toBe(15)
  })

  it('breaks the line at a quarter without a score instead of drawing 0', () => {
    const g = sparklineGeometry([100, null, 0], box, 80)
    expect(g.runs).toEqual(['5,5', '105,55'])
    expect(g.dots).toBe('M5 5h0M105 55h0')
  })

  it('draws nothing for an empty series', () => {
    expect(sparklineGeometry([null, null], box, 80).runs).toEqual([])
  })
})
