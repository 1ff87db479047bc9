import { describe, expect, it } from 'vitest'
import { sameFigure, sameNumber } from './same-number'

describe('sameNumber', () => {
  it('treats a double read back with fewer digits as the same number', () => {
    expect(sameNumber(16.666666666666664, 16.66666666666666)).toBe(true)
    expect(sameNumber(0, 0)).toBe(true)
  })

  it('tells apart numbers that differ beyond the last digits, and a blank from 0', () => {
    expect(sameNumber(16.6666, 16.6667)).toBe(false)
    expect(sameNumber(1e-13, 0)).toBe(false)
    expect(sameNumber(null, 0)).toBe(false)
    expect(sameNumber(null, null)).toBe(true)
  })
})

describe('sameFigure', () => {
  const counts = JSON.stringify({ leavers: 3, headcountStart: 40, headcountEnd: 38 })

  it('compares a bare value with a figure without counts by its value only', () => {
    expect(sameFigure({ value: 4, n: 12, inputs: null }, { value: 4, n: null, inputs: null })).toBe(true)
    expect(sameFigure({ value: 4, n: 12, inputs: null }, { value: 5, n: null, inputs: null })).toBe(false)
  })

  it('counts a bare value over a figure derived from counts as a change', () => {
    expect(sameFigure({ value: 7.7, n: 39, inputs: counts }, { value: 7.7, n: null, inputs: null })).toBe(false)
  })

  it('compares n and inputs when the writer gives them', () => {
    expect(sameFigure({ value: 7.7, n: 39, inputs: counts }, { value: 7.7, n: 39, inputs: counts })).toBe(true)
    expect(sameFigure({ value: 7.7, n: 39, inputs: counts }, { value: 7.7, n: 39, inputs: '{"leavers":4}' })).toBe(false)
    expect(sameFigure({ value: 4, n: 12, inputs: null }, { value: 4, n: 13, inputs: null })).toBe(false)
    // A file gives a value and n but never counts: the same value and n keep the counts as stored.
    expect(sameFigure({ value: 7.7, n: 39, inputs: counts }, { value: 7.7, n: 39, inputs: null })).toBe(true)
  })

  it('treats a blank over nothing stored as no change, and anything else over nothing as one', () => {
    expect(sameFigure(null, { value: null, n: null, inputs: null })).toBe(true)
    expect(sameFigure(null, { value: 0, n: null, inputs: null })).toBe(false)
  })
})
