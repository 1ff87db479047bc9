import { describe, expect, it } from 'vitest'
import { buildScorecard, findCategory, type FigureFact } from './scorecard-model'
import { categorySparkline, hasPoints, metricTrend, overallSparkline } from './series'

const UPDATED = new Date('2026-10-01T00:00:00Z')

function fig(quarter: string, metricKey: string, value: number | null): FigureFact {
  return { quarter, metricKey, value, n: null, source: 'manual', updatedAt: UPDATED, updatedBy: null, version: 1 }
}

// Eight quarters end with 2026-Q3: 2024-Q4 … 2026-Q3. Releases have a default target of 12
// ('count' scale): 12 releases score 80; 25 score 80 − 30·log2(13/26) = 110, capped at 100.
const card = buildScorecard({
  quarter: '2026-Q3',
  figures: [
    fig('2025-Q2', 'releases', 12),
    fig('2026-Q1', 'releases', 25),
    fig('2026-Q2', 'releases', null),
    fig('2026-Q3', 'releases', 0),
  ],
  targets: [{ quarter: '2025-Q4', metricKey: 'releases', value: 25 }],
  benchmarkSets: {},
  defaultBenchmarkSet: '2023',
})

const releases = findCategory(card, 'delivery').metrics.find((m) => m.metric.key === 'releases')!

describe('categorySparkline', () => {
  const points = categorySparkline(card, 'delivery')

  it('covers the eight quarters, oldest first, with fiscal labels', () => {
    expect(points.map((p) => p.quarter)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'])
    expect(points[7].label).toBe('FY2026 Q3')
  })

  it('keeps quarters without data as null, never 0', () => {
    expect(points.map((p) => p.score)).toEqual([null, null, 80, null, null, 80, null, expect.any(Number)])
  })

  it('keeps a real 0 figure as a score, distinct from a gap', () => {
    // 0 releases against a target of 25: 80 − 30·log2(26/1) ≈ −61, capped at 0.
    expect(points[7].score).toBe(0)
  })

  it('labels quarters by the fiscal calendar', () => {
    const july = categorySparkline(card, 'delivery', 7)
    expect(july[7].label).toBe('FY2027 Q1')
    expect(july[0].label).toBe('FY2025 Q2')
  })

  it('is null throughout for a category with no figures', () => {
    expect(categorySparkline(card, 'security').every((p) => p.score === null)).toBe(true)
  })
})

describe('overallSparkline', () => {
  it('follows the overall score, with the same gaps', () => {
    expect(overallSparkline(card).map((p) => p.score)).toEqual([null, null, 80, null, null, 80, null, 0])
  })
})

describe('metricTrend', () => {
  const trend = metricTrend(releases)

  it('carries value, the target in effect and the score for each quarter', () => {
    expect(trend[2]).toEqual({ quarter: '2025-Q2', label: 'FY2025 Q2', value: 12, target: 12, score: 80 })
    // The target of 25 set in 2025-Q4 applies from then on: 25 releases now only meet it.
    expect(trend[5]).toEqual({ quarter: '2026-Q1', label: 'FY2026 Q1', value: 25, target: 25, score: 80 })
  })

  it('keeps the target stepping with the quarter it was set in', () => {
    expect(trend.map((p) => p.target)).toEqual([12, 12, 12, 12, 25, 25, 25, 25])
  })

  it('keeps missing and blank figures as null values and null scores', () => {
    expect(trend.map((p) => p.value)).toEqual([null, null, 12, null, null, 25, null, 0])
    expect(trend[6]).toMatchObject({ value: null, score: null, target: 25 })
  })
})

describe('hasPoints', () => {
  it('says whether any point has the field', () => {
    expect(hasPoints(categorySparkline(card, 'delivery'), 'score')).toBe(true)
    expect(hasPoints(categorySparkline(card, 'security'), 'score')).toBe(false)
    expect(hasPoints(metricTrend(releases), 'value')).toBe(true)
  })
})
