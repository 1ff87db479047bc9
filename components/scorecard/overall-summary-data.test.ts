import { describe, expect, it } from 'vitest'
import { buildScorecard, type FigureFact } from '@/lib/metrics/scorecard-model'
import { ON_TRACK_SCORE } from '@/lib/metrics/scoring'
import { overallSparkline } from '@/lib/metrics/series'
import { comparisonsFor } from './comparison'
import { overallSummaryData } from './overall-summary-data'

const UPDATED = new Date('2026-10-01T00:00:00Z')
const fig = (quarter: string, metricKey: string, value: number | null): FigureFact => ({
  quarter,
  metricKey,
  value,
  n: null,
  source: 'manual',
  updatedAt: UPDATED,
  updatedBy: null,
  version: 1,
})

// Releases (default target 12, 'count' scale): 12 score 80, 6 score 80 − 30·log2(13/7) ≈ 53.2.
const card = buildScorecard({
  quarter: '2026-Q3',
  figures: [fig('2025-Q3', 'releases', 6), fig('2026-Q2', 'releases', 6), fig('2026-Q3', 'releases', 12)],
  targets: [],
  benchmarkSets: {},
  defaultBenchmarkSet: '2023',
})
const points = overallSparkline(card)
const summary = (provisional = false) => overallSummaryData(card, points, comparisonsFor('2026-Q3', 1), '/how-scores-work', provisional)

describe('overallSummaryData', () => {
  it('carries what the overall panel shows, worded, and no model objects', () => {
    const data = summary()
    expect(data).toMatchObject({
      score: '80',
      status: 'on_track',
      statusLabel: 'On track',
      withData: 1,
      total: 6,
      benchmark: { id: '2023' },
      howScoresWorkHref: '/how-scores-work',
    })
    expect(data.coverage).toMatch(/^based on \d+ of \d+ metrics$/)
    expect(data.changes.map((c) => [c.text, c.against])).toEqual([
      ['+27', 'FY2026 Q2'],
      ['+27', 'FY2025 Q3'],
    ])
    expect(data.trend?.title).toBe('Overall score, last 8 quarters')
    const leaves = JSON.stringify(data, (_k, v: unknown) => (v instanceof Date ? 'DATE' : v))
    expect(leaves).not.toContain('DATE')
    expect(JSON.stringify(data).length).toBeLessThan(1200)
  })

  it('sends the sparkline as scores to a tenth (gaps stay null) and the on-track guide, not as coordinates', () => {
    const trend = summary().trend
    expect(trend?.scores).toHaveLength(8)
    expect(trend?.scores.slice(0, 3)).toEqual([null, null, null])
    expect(trend?.scores.at(-1)).toBe(80)
    const yearAgo = trend?.scores[3]
    expect(yearAgo).not.toBeNull()
    expect(Math.abs((yearAgo ?? 0) - points[3].score!)).toBeLessThanOrEqual(0.05)
    expect(String(yearAgo)).toMatch(/^\d+(\.\d)?$/)
    expect(trend?.guide).toBe(ON_TRACK_SCORE)
    expect(trend).not.toHaveProperty('geometry')
  })

  it('marks the status provisional while the quarter is in progress, on the panel and the last table row', () => {
    const data = summary(true)
    expect(data.statusLabel).toBe('On track (provisional)')
    expect(data.trend?.rows.at(-1)?.status).toBe('On track (provisional)')
  })

  it('has no trend when no quarter has a score', () => {
    const empty = buildScorecard({ quarter: '2026-Q3', figures: [], targets: [], benchmarkSets: {}, defaultBenchmarkSet: '2023' })
    const data = overallSummaryData(empty, overallSparkline(empty), comparisonsFor('2026-Q3', 1), '/how-scores-work')
    expect(data).toMatchObject({ score: '—', status: null, trend: null })
  })
})
