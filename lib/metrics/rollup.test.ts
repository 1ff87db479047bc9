import { describe, expect, it } from 'vitest'
import { getBenchmarkSet } from './benchmarks'
import { getMetric } from './catalogue'
import {
  coverageLabel,
  overallCoverageLabel,
  overallScore,
  scoreCategory,
  scoredKeys,
  SEVERITY_INDEX_KEY,
  type CategoryScore,
} from './rollup'
import { scoreFigure, type FigureScore } from './scoring'

const SET = getBenchmarkSet('2023')

function scores(figures: Record<string, [number | null, number | null]>): Map<string, FigureScore> {
  return new Map(Object.entries(figures).map(([key, [value, target]]) => [key, scoreFigure(getMetric(key), { value, target }, SET)]))
}

describe('scoreCategory', () => {
  it('averages the scores of the figures it has', () => {
    const result = scoreCategory(
      'reliability',
      scores({ major_incidents: [2, 2], mttr_hours: [8, 4], mtta_minutes: [null, 15], availability: [99.9, 99.9] }),
    )
    expect(result).toEqual({ category: 'reliability', score: 70, status: 'at_risk', scored: 3, withData: 3, total: 4 })
  })

  it('leaves context-only metrics out of the total and the mean', () => {
    const result = scoreCategory('talent', scores({ headcount: [120, null], enps: [30, 30] }))
    expect(result).toMatchObject({ score: 80, status: 'on_track', scored: 1, withData: 1, total: 5 })
  })

  it('counts a figure without a target as data but not as a score', () => {
    const result = scoreCategory('business', scores({ tech_revenue: [1e6, null], partnerships_enabled: [3, 1] }))
    expect(result).toMatchObject({ score: 100, scored: 1, withData: 2, total: 6 })
  })

  it('has no score, rather than 0, when nothing is scored', () => {
    expect(scoreCategory('security', new Map())).toEqual({
      category: 'security',
      score: null,
      status: null,
      scored: 0,
      withData: 0,
      // The four incident counts count once, as the severity index.
      total: 4,
    })
  })

  it('scores security incidents through the severity index, not count by count', () => {
    const index = scoreFigure(getMetric('releases'), { value: 1, target: 1 }, SET)
    const counts = scores({ security_incidents_critical: [0, 0], security_incidents_low: [30, 10] })
    const result = scoreCategory('security', new Map([...counts, [SEVERITY_INDEX_KEY, index]]))
    expect(result).toMatchObject({ score: index.score, scored: 1, total: 4 })
    expect(scoredKeys('security')).toEqual([
      'security_severity_index',
      'vuln_remediation_days',
      'audit_findings_open',
      'compliance_controls_passing',
    ])
  })

  it('ignores figures of other categories', () => {
    const result = scoreCategory('delivery', scores({ releases: [12, 12], mttr_hours: [400, 4] }))
    expect(result).toMatchObject({ score: 80, scored: 1, total: 4 })
  })
})

describe('overallScore', () => {
  const category = (score: number | null): CategoryScore => ({
    category: 'delivery',
    score,
    status: null,
    scored: score === null ? 0 : 1,
    withData: score === null ? 0 : 1,
    total: 4,
  })

  const covered = (score: number, scored: number, total: number): CategoryScore => ({
    category: 'security',
    score,
    status: null,
    scored,
    withData: scored,
    total,
  })

  it('averages equally covered categories that have a score, each weighing the same', () => {
    expect(overallScore([category(90), category(null), category(60), category(30)])).toEqual({
      score: 60,
      status: 'at_risk',
      withData: 3,
      total: 4,
      metricsScored: 3,
      metricsTotal: 16,
    })
  })

  it('weighs a category by the share of its metrics that have a score', () => {
    // A full category at 90 and one resting on 1 of 7 metrics at 20: (90 × 1 + 20 × 1/7) ÷ (1 + 1/7).
    const result = overallScore([covered(90, 4, 4), covered(20, 1, 7)])
    expect(result.score).toBeCloseTo((90 + 20 / 7) / (8 / 7), 9)
    expect(result).toMatchObject({ metricsScored: 5, metricsTotal: 11, withData: 2 })
    expect(overallCoverageLabel(result)).toBe('based on 5 of 11 metrics')
  })

  it('has no score when no category has one', () => {
    const empty = { score: null, status: null, withData: 0, metricsScored: 0 }
    expect(overallScore([category(null), category(null)])).toEqual({ ...empty, total: 2, metricsTotal: 8 })
    expect(overallScore([])).toEqual({ ...empty, total: 0, metricsTotal: 0 })
  })
})

describe('coverageLabel', () => {
  it('says how many metrics a score rests on', () => {
    expect(coverageLabel({ scored: 4, total: 5 })).toBe('4 of 5 metrics')
    expect(coverageLabel({ scored: 0, total: 3 })).toBe('0 of 3 metrics')
    expect(coverageLabel({ scored: 1, total: 1 })).toBe('1 of 1 metric')
  })
})
