import { describe, expect, it } from 'vitest'
import { getMetric } from './catalogue'
import { DEFAULT_BENCHMARK_SET, getBenchmarkSet } from './benchmarks'
import { mixAddsUp, mixProblem, mixShareScore, mixSum, MIX_KEYS } from './investment-mix'
import { scoreFigure } from './scoring'

const LABELS = { investment_new_value_pct: 'New', investment_ktlo_pct: 'KTLO', investment_tech_debt_pct: 'Debt' }
const shares = (a: number | null, b: number | null, c: number | null) => ({
  investment_new_value_pct: a,
  investment_ktlo_pct: b,
  investment_tech_debt_pct: c,
})

describe('the investment mix sum rule', () => {
  it.each([
    [99, true],
    [100, true],
    [101, true],
    [101.1, false],
    [98.9, false],
  ])('a sum of %s adds up: %s', (sum, expected) => {
    expect(mixAddsUp(sum)).toBe(expected)
  })

  it('sums shares to a tenth, so rounding noise does not decide', () => {
    expect(mixSum([33.3, 33.3, 33.4])).toBe(100)
    expect(mixSum([0.1, 0.2, 100.8])).toBe(101.1)
  })

  it('accepts shares adding up to 99, 100 and 101, and names the sum when they do not', () => {
    expect(mixProblem(shares(60, 25, 14), LABELS)).toBeNull()
    expect(mixProblem(shares(60, 25, 15), LABELS)).toBeNull()
    expect(mixProblem(shares(60, 25, 16), LABELS)).toBeNull()
    expect(mixProblem(shares(60, 25, 16.1), LABELS)).toMatch(/add up to 100 \(± 1\).*These add up to 101\.1\./)
    expect(mixProblem(shares(50, 25, 15), LABELS)).toMatch(/These add up to 90\./)
  })

  it('leaves a mix with no shares alone and asks for the missing ones of a partial mix', () => {
    expect(mixProblem(shares(null, null, null), LABELS)).toBeNull()
    expect(mixProblem(shares(100, null, null), LABELS)).toMatch(/Give ktlo and debt too/)
  })
})

describe('scoring a share against its target share', () => {
  it.each([
    [60, 60, 100],
    [65, 60, 80],
    [55, 60, 80],
    [47.5, 60, 50],
    [72.5, 60, 50],
    [35, 60, 0],
    [0, 60, 0],
    [100, 60, 0],
  ])('%s%% against a target of %s%% scores %s', (value, target, score) => {
    expect(mixShareScore(value, target)).toBeCloseTo(score, 10)
  })

  it('scores every share of the catalogue this way, whichever side of its target it is on', () => {
    const set = getBenchmarkSet(DEFAULT_BENCHMARK_SET)
    for (const key of MIX_KEYS) {
      const metric = getMetric(key)
      expect(metric.targetScale).toBe('mix')
      const target = metric.defaultTarget ?? NaN
      const above = scoreFigure(metric, { value: target + 5, target }, set)
      const below = scoreFigure(metric, { value: target - 5, target }, set)
      expect(above.score).toBeCloseTo(80, 10)
      expect(below.score).toBeCloseTo(80, 10)
      expect(above.status).toBe('on_track')
    }
  })

  it('has the house default mix 60 / 25 / 15, which itself adds up', () => {
    const targets = MIX_KEYS.map((k) => getMetric(k).defaultTarget ?? NaN)
    expect(targets).toEqual([60, 25, 15])
    expect(mixAddsUp(mixSum(targets))).toBe(true)
  })
})
