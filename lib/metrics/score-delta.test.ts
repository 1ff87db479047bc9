import { describe, expect, it } from 'vitest'
import { scoreDelta, scoreIn } from './score-delta'

describe('scoreDelta', () => {
  it('is the difference of the scores as displayed (rounded down)', () => {
    expect(scoreDelta(79.9, 75.1)).toEqual({ text: '+4', direction: 'better' })
    expect(scoreDelta(70.2, 72.9)).toEqual({ text: '\u22122', direction: 'worse' })
  })

  it('reads as no change when the displayed scores are equal', () => {
    expect(scoreDelta(79.9, 79.1)).toEqual({ text: '0', direction: 'same' })
  })

  it('has nothing to say when either score is missing (never treated as 0)', () => {
    expect(scoreDelta(80, null)).toEqual({ text: null, direction: 'neutral' })
    expect(scoreDelta(null, 0)).toEqual({ text: null, direction: 'neutral' })
  })

  it('treats a real 0 score as a score', () => {
    expect(scoreDelta(12, 0)).toEqual({ text: '+12', direction: 'better' })
  })
})

describe('scoreIn', () => {
  const history = [
    { quarter: '2026-Q2', score: 61.5 },
    { quarter: '2026-Q3', score: null },
  ]
  it('finds the quarter, keeping gaps null', () => {
    expect(scoreIn(history, '2026-Q2')).toBe(61.5)
    expect(scoreIn(history, '2026-Q3')).toBeNull()
    expect(scoreIn(history, '2025-Q1')).toBeNull()
  })
})
