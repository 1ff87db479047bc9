import { describe, expect, it } from 'vitest'
import { buildScorecard, findCategory, type FigureFact } from '@/lib/metrics/scorecard-model'
import { categorySparkline } from '@/lib/metrics/series'
import { categoryCardData } from './category-card-data'
import { comparisonsFor } from './comparison'

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

// Releases have a default target of 12 ('count' scale): 12 releases score 80 (on track), 6 score
// 80 − 30·log2(13/7) ≈ 53, so the change shows as +27 on the displayed scores.
const card = buildScorecard({
  quarter: '2026-Q3',
  figures: [fig('2025-Q3', 'releases', 6), fig('2026-Q2', 'releases', 6), fig('2026-Q3', 'releases', 12)],
  targets: [],
  benchmarkSets: {},
  defaultBenchmarkSet: '2023',
})
const comparisons = comparisonsFor('2026-Q3', 1)
const data = (key: 'delivery' | 'security') =>
  categoryCardData(findCategory(card, key), `/category/${key}`, categorySparkline(card, key), comparisons)

describe('categoryCardData', () => {
  it('carries what the card shows, worded, and no model objects', () => {
    const delivery = data('delivery')
    expect(delivery).toMatchObject({
      key: 'delivery',
      label: 'Product delivery',
      href: '/category/delivery',
      score: '80',
      status: 'on_track',
      statusLabel: 'On track',
    })
    expect(delivery.changes.map((c) => [c.text, c.against])).toEqual([
      ['+27', 'FY2026 Q2'],
      ['+27', 'FY2025 Q3'],
    ])
    expect(delivery.trend?.title).toBe('Product delivery score, last 8 quarters')
    expect(delivery.trend?.rows.at(-1)).toEqual({ label: 'FY2026 Q3', score: '80', status: 'On track' })
    expect(delivery.trend?.rows[0]).toEqual({ label: 'FY2024 Q4', score: '—', status: 'No score' })
    // Only strings, numbers, booleans and null, in plain objects and arrays: nothing of the model.
    const leaves = JSON.stringify(delivery, (_k, v: unknown) => (v instanceof Date ? 'DATE' : v))
    expect(leaves).not.toContain('DATE')
    expect(JSON.stringify(delivery).length).toBeLessThan(1200)
  })

  it('marks the status of a quarter in progress provisional on the card and on its sparkline row, not on earlier quarters', () => {
    const delivery = categoryCardData(
      findCategory(card, 'delivery'),
      '/category/delivery',
      categorySparkline(card, 'delivery'),
      comparisons,
      true,
    )
    expect(delivery.statusLabel).toBe('On track (provisional)')
    expect(delivery.trend?.rows.at(-1)?.status).toBe('On track (provisional)')
    expect(delivery.trend?.rows.at(-2)).toEqual({ label: 'FY2026 Q2', score: '53', status: 'At risk' })
  })

  it('has no trend and a grey "No score" for a category without figures', () => {
    expect(data('security')).toMatchObject({ score: '—', status: null, statusLabel: 'No score', trend: null, quarters: 8 })
  })
})

describe('categoryCardData of an organisation with teams', () => {
  const at = new Date('2000-12-01T00:00:00Z')
  const team = (scope: string, metricKey: string, value: number, n: number | null = null) => ({
    scope,
    quarter: '2000-Q4',
    metricKey,
    value,
    n,
    source: 'manual',
    updatedAt: at,
  })
  const org = buildScorecard({
    quarter: '2000-Q4',
    figures: [],
    targets: [],
    benchmarkSets: {},
    defaultBenchmarkSet: '2023',
    teams: {
      activeTeams: 4,
      figures: [team('a', 'releases', 3), team('b', 'releases', 4), team('c', 'releases', 5), team('a', 'release_success_rate', 90, 10)],
    },
  })

  it('says how many figures are rolled up, and from how many teams', () => {
    const delivery = categoryCardData(findCategory(org, 'delivery'), '/category/delivery', categorySparkline(org, 'delivery'), comparisons)
    expect(delivery.rolledUp).toBe('1 figure rolled up from 3 of 4 teams; 1 figure rolled up from 1 of 4 teams')
    expect(delivery.score).not.toBe('—')
  })

  it('says nothing where no figure is rolled up', () => {
    expect(data('delivery').rolledUp).toBeNull()
  })
})
