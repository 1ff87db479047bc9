import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BENCHMARK_SETS, type BenchmarkSet } from './benchmarks'
import { CATALOGUE, isScored, type MetricDef } from './catalogue'
import { CATEGORY_KEYS } from './categories'
import { overallScore, scoreCategory, scoredKeys, type CategoryScore } from './rollup'
import { scoreFigure, statusForScore, type FigureScore } from './scoring'

const RUNS = { numRuns: 1000 }
const scored: readonly MetricDef[] = CATALOGUE.filter(isScored)
const byBenchmark = scored.filter((m) => m.dora !== undefined)
const byTarget = scored.filter((m) => m.dora === undefined)

const anyMetric = fc.constantFrom(...scored)
const anySet = fc.constantFrom(...BENCHMARK_SETS)
// Spans from fractions to far beyond any anchor, so both clamps are reached; the narrow range and the
// published bounds themselves make sure level edges are hit often.
const bounds = BENCHMARK_SETS.flatMap((s) => Object.values(s.measures).flatMap((m) => m.levels.map((l) => l.bound)))
const anyValue = fc.oneof(
  fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 200, noNaN: true }),
  fc.constantFrom(...bounds.filter((b): b is number => b !== null)),
)
const anyTarget = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), { nil: null })
const anyN = fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null })

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a]
}

describe('scoreFigure properties', () => {
  it('always scores within 0–100, with the status its score implies', () => {
    fc.assert(
      fc.property(anyMetric, anySet, anyValue, anyTarget, anyN, (metric, set, value, target, n) => {
        const result = scoreFigure(metric, { value, target, n }, set)
        if (metric.dora || target !== null) expect(result.score).not.toBeNull()
        if (result.score === null) {
          expect(result.status).toBeNull()
        } else {
          expect(result.score).toBeGreaterThanOrEqual(0)
          expect(result.score).toBeLessThanOrEqual(100)
          expect(result.status).toBe(statusForScore(result.score))
        }
      }),
      RUNS,
    )
  })

  it('keeps eNPS within 0–100 across its whole −100…100 range', () => {
    const enps = fc.double({ min: -100, max: 100, noNaN: true })
    fc.assert(
      fc.property(anySet, enps, enps, (set, value, target) => {
        const { score } = scoreFigure(
          CATALOGUE.find((m) => m.key === 'enps')!,
          { value, target },
          set,
        )
        expect(score! >= 0 && score! <= 100).toBe(true)
      }),
      RUNS,
    )
  })

  it('is monotonic with direction for benchmark-judged metrics', () => {
    const metric = fc.constantFrom(...byBenchmark)
    fc.assert(
      fc.property(metric, anySet, anyValue, anyValue, anyN, (m, set, a, b, n) => {
        const [low, high] = ordered(a, b)
        const lowScore = scoreFigure(m, { value: low, target: null, n }, set).score!
        const highScore = scoreFigure(m, { value: high, target: null, n }, set).score!
        if (m.direction === 'up') expect(highScore).toBeGreaterThanOrEqual(lowScore)
        else expect(highScore).toBeLessThanOrEqual(lowScore)
      }),
      RUNS,
    )
  })

  it('is monotonic with direction for target-judged metrics', () => {
    const metric = fc.constantFrom(...byTarget)
    const target = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })
    fc.assert(
      fc.property(metric, anySet, anyValue, anyValue, target, (m, set, a, b, t) => {
        const [low, high] = ordered(a, b)
        const lowScore = scoreFigure(m, { value: low, target: t }, set).score!
        const highScore = scoreFigure(m, { value: high, target: t }, set).score!
        if (m.direction === 'up') expect(highScore).toBeGreaterThanOrEqual(lowScore)
        else if (m.direction === 'down') expect(highScore).toBeLessThanOrEqual(lowScore)
        // A share of the mix: closer to its target share never scores less.
        else if (Math.abs(high - t) <= Math.abs(low - t)) expect(highScore).toBeGreaterThanOrEqual(lowScore)
        else expect(highScore).toBeLessThanOrEqual(lowScore)
      }),
      RUNS,
    )
  })
})

const anyCategory = fc.constantFrom(...CATEGORY_KEYS)
// A figure per catalogue metric, or none at all; targets may be missing too.
const anyFigures = fc.array(fc.record({ value: fc.option(anyValue, { nil: null }), target: anyTarget, n: anyN }), {
  minLength: CATALOGUE.length,
  maxLength: CATALOGUE.length,
})

type Figure = { value: number | null; target: number | null; n: number | null }

function scoreAll(figures: readonly Figure[], set: BenchmarkSet): Map<string, FigureScore> {
  return new Map<string, FigureScore>(CATALOGUE.map((m, i) => [m.key, scoreFigure(m, figures[i], set)]))
}

function meanOf(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length
}

describe('roll-up properties', () => {
  it("gives a category the mean of its figures' scores, ignoring missing figures", () => {
    fc.assert(
      fc.property(anyCategory, anySet, anyFigures, (category, set, figures) => {
        const scores = scoreAll(figures, set)
        const own = scoredKeys(category).map((key) => scores.get(key)?.score ?? null)
        const present = own.flatMap((s) => (s === null ? [] : [s]))
        const result = scoreCategory(category, scores)
        expect(result.scored).toBe(present.length)
        if (present.length === 0) expect(result.score).toBeNull()
        else expect(result.score).toBeCloseTo(meanOf(present), 9)
      }),
      RUNS,
    )
  })

  it('never lowers a category score when figures go missing', () => {
    fc.assert(
      fc.property(anyCategory, anySet, anyFigures, (category, set, figures) => {
        const scores = scoreAll(figures, set)
        const withScore = new Map([...scores].filter(([, s]) => s.score !== null))
        const missing = scoreAll(
          figures.map((f) => ({ ...f, value: null })),
          set,
        )
        const padded = new Map([...missing, ...withScore])
        const expected = scoreCategory(category, withScore).score
        expect(scoreCategory(category, scores).score).toBe(expected)
        expect(scoreCategory(category, padded).score).toBe(expected)
      }),
      RUNS,
    )
  })

  it('never lowers the overall score when categories have no data', () => {
    const category = fc.record({
      category: anyCategory,
      score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    })
    fc.assert(
      fc.property(fc.array(category, { maxLength: 12 }), (parts) => {
        const categories: CategoryScore[] = parts.map((p) => ({
          ...p,
          status: p.score === null ? null : statusForScore(p.score),
          scored: p.score === null ? 0 : 1,
          withData: p.score === null ? 0 : 1,
          total: 1,
        }))
        const withScore = categories.filter((c) => c.score !== null)
        const all = overallScore(categories)
        expect(all.score).toBe(overallScore(withScore).score)
        expect(all.withData).toBe(withScore.length)
        if (withScore.length === 0) expect(all.score).toBeNull()
        else expect(all.score).toBeCloseTo(meanOf(withScore.map((c) => c.score!)), 9)
      }),
      RUNS,
    )
  })
})
