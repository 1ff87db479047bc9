import { describe, expect, it } from 'vitest'
import { trendAxis } from './trend-axis'

describe('trendAxis', () => {
  it('draws deployments a day on a log axis fitted to the values and the target, ticked at month, week and day', () => {
    const axis = trendAxis('per_day', [0.05, null, 0.1, 1])
    expect(axis.scale).toBe('log')
    expect(axis.domain).toEqual([1 / 30, 1])
    expect(axis.ticks).toEqual([1 / 30, 1 / 7, 1])
    expect(axis.note).toMatch(/logarithmic/)
  })

  it('keeps small rates off the floor: the lowest value sits above the bottom of the axis, not at 0', () => {
    const axis = trendAxis('per_day', [0.04, 0.02, 0.5])
    const [low] = axis.domain as [number, number]
    expect(low).toBeGreaterThan(0)
    expect(low).toBeLessThanOrEqual(0.02)
    // On the log axis 0.02 → 0.04 is as tall as 0.25 → 0.5: a doubling reads as a doubling.
    const y = (v: number) => Math.log(v / low)
    expect(y(0.04) - y(0.02)).toBeCloseTo(y(0.5) - y(0.25))
  })

  it('goes beyond the ladder when a value does', () => {
    const axis = trendAxis('per_day', [0.001, 250])
    expect(axis.domain).toEqual([0.001, 250])
    expect(axis.ticks).toEqual([0.001, 1 / 300, 1 / 30, 1 / 7, 1, 10, 100, 250])
  })

  it('gives a span to values that all fall on one mark', () => {
    expect(trendAxis('per_day', [1, 1]).domain).toEqual([0.5, 2])
  })

  it('keeps a linear axis from 0 when a quarter measured no deployments, since a log axis cannot show 0', () => {
    expect(trendAxis('per_day', [0, 0.2, 1])).toEqual({ scale: 'linear', domain: ['auto', 'auto'], note: null })
  })

  it('keeps every other unit linear', () => {
    expect(trendAxis('hours', [2, 200]).scale).toBe('linear')
    expect(trendAxis('per_day', [null, null]).scale).toBe('linear')
  })
})
