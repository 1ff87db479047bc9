import { describe, expect, it } from 'vitest'
import { getBenchmarkSet } from './benchmarks'
import { getMetric } from './catalogue'
import { comparisonNoteText } from './score-comparison'
import { buildScorecard, findCategory, type FigureFact } from './scorecard-model'
import { scoreFigure } from './scoring'

function fact(quarter: string, metricKey: string, value: number | null): FigureFact {
  return { quarter, metricKey, value, n: null, source: 'manual', updatedAt: new Date(0), updatedBy: null, version: 1 }
}

const build = (
  figures: FigureFact[],
  benchmarkSets: Record<string, string> = {},
  severityWeights?: { critical: number; high: number; medium: number; low: number },
) => buildScorecard({ quarter: '2026-Q3', figures, targets: [], benchmarkSets, defaultBenchmarkSet: '2023', severityWeights })

describe('changes compare like with like', () => {
  // 15% CFR: Medium's bound under 2023 (50), but inside High under 2024 (≈ 86.7).
  const cfr = [fact('2026-Q2', 'change_failure_rate', 15), fact('2026-Q3', 'change_failure_rate', 15)]

  it('rescores the earlier quarter under the later one’s set, and says so', () => {
    const card = build(cfr, { '2026-Q2': '2023', '2026-Q3': '2024' })
    const velocity = findCategory(card, 'velocity')
    expect(velocity.sincePrevious).toEqual({ delta: 0, direction: 'same' })
    expect(velocity.previousNote).toEqual({ rescoredUnder: '2024', metrics: null })
    expect(comparisonNoteText(velocity.previousNote)).toBe('rescored under DORA 2024')
    expect(card.overallPreviousNote.rescoredUnder).toBe('2024')
    // The trend keeps what each quarter was reported with.
    expect(velocity.history.find((p) => p.quarter === '2026-Q2')?.score).toBeCloseTo(50, 9)
  })

  it('adds no note when both quarters share a set', () => {
    const card = build(cfr, { '2026-Q2': '2024', '2026-Q3': '2024' })
    expect(findCategory(card, 'velocity').previousNote).toEqual({ rescoredUnder: null, metrics: null })
  })

  it('flags a change whose scores rest on different metrics', () => {
    const card = build([...cfr, fact('2026-Q3', 'lead_time_hours', 30)])
    const note = findCategory(card, 'velocity').previousNote
    expect(note.metrics).toEqual({ from: 1, to: 2 })
    expect(comparisonNoteText(note)).toBe('1 → 2 metrics')
    expect(comparisonNoteText(card.overallPreviousNote)).toBe('1 → 2 metrics')
  })

  it('flags the same number of different metrics', () => {
    const card = build([fact('2026-Q2', 'lead_time_hours', 30), fact('2026-Q3', 'change_failure_rate', 15)])
    expect(comparisonNoteText(findCategory(card, 'velocity').previousNote)).toBe('other metrics (1 → 1)')
  })

  it('has no note where there is no change to show', () => {
    const card = build([fact('2026-Q3', 'lead_time_hours', 30)])
    expect(findCategory(card, 'velocity').yearAgoNote).toEqual({ rescoredUnder: null, metrics: null })
  })
})

describe('security severity index', () => {
  const counts = (q: string, c: number, h: number, m: number, l: number) => [
    fact(q, 'security_incidents_critical', c),
    fact(q, 'security_incidents_high', h),
    fact(q, 'security_incidents_medium', m),
    fact(q, 'security_incidents_low', l),
  ]

  it('weighs critical 10, high 5, medium 2, low 1 against the same weighting of the targets, and scores it', () => {
    const card = build(counts('2026-Q3', 1, 0, 0, 0))
    // Default targets 0, 1, 4, 10 make an index target of 0 + 5 + 8 + 10 = 23.
    expect(card.severityIndex).toMatchObject({ value: 10, target: 23 })
    const expected = scoreFigure(card.severityIndex.metric, { value: 10, target: 23 }, getBenchmarkSet('2023')).score
    expect(card.severityIndex.score.score).toBe(expected)
    const security = findCategory(card, 'security')
    expect(security.score).toMatchObject({ score: expected, scored: 1, total: 4 })
  })

  it('makes three critical incidents weigh more than three low ones', () => {
    const critical = findCategory(build(counts('2026-Q3', 3, 0, 0, 0)), 'security').score.score!
    const lows = findCategory(build(counts('2026-Q3', 0, 0, 0, 3)), 'security').score.score!
    expect(critical).toBeLessThan(lows)
  })

  it('uses the weights from Settings', () => {
    const card = build(counts('2026-Q3', 1, 1, 0, 0), {}, { critical: 20, high: 1, medium: 1, low: 1 })
    expect(card.severityIndex.value).toBe(21)
    expect(card.severityIndex.metric.formula).toBe('critical × 20 + high × 1 + medium × 1 + low × 1')
  })

  it('has no index while a count is missing, and does not score the counts one by one', () => {
    const card = build(counts('2026-Q3', 1, 0, 0, 0).slice(0, 3))
    expect(card.severityIndex.value).toBeNull()
    const security = findCategory(card, 'security')
    expect(security.score.score).toBeNull()
    expect(security.metrics.find((m) => m.metric.key === 'security_incidents_critical')?.score.score).toBeNull()
  })
})

describe('overall coverage', () => {
  it('says how many metrics the overall score rests on and weighs a thin category less', () => {
    const card = build([fact('2026-Q3', 'releases', 12), fact('2026-Q3', 'mttr_hours', 16), fact('2026-Q3', 'mtta_minutes', 60)])
    expect(card.overall).toMatchObject({ metricsScored: 3, metricsTotal: 28 })
    const delivery = findCategory(card, 'delivery').score
    const reliability = findCategory(card, 'reliability').score
    const w = (c: typeof delivery) => c.scored / c.total
    const expected = (delivery.score! * w(delivery) + reliability.score! * w(reliability)) / (w(delivery) + w(reliability))
    expect(card.overall.score).toBeCloseTo(expected, 9)
    expect(getMetric('releases').defaultTarget).toBe(12)
  })
})

describe('past scores as the changes compare them', () => {
  it('holds the earlier quarter rescored, with its note, for the pages and the report', () => {
    const card = build([fact('2026-Q2', 'change_failure_rate', 15), fact('2026-Q3', 'change_failure_rate', 15)], {
      '2026-Q2': '2023',
      '2026-Q3': '2024',
    })
    const past = findCategory(card, 'velocity').past['2026-Q2']
    expect(past.score).toBe(findCategory(card, 'velocity').score.score)
    expect(comparisonNoteText(past.note)).toBe('rescored under DORA 2024')
    expect(card.overallPast['2026-Q2'].note.rescoredUnder).toBe('2024')
  })
})

describe('a share of the investment mix', () => {
  it('is called better for moving toward its target share, from above or below (house default 60 / 25 / 15)', () => {
    const card = build([
      fact('2026-Q2', 'investment_new_value_pct', 57.9),
      fact('2026-Q3', 'investment_new_value_pct', 59.5),
      fact('2026-Q2', 'investment_ktlo_pct', 29.6),
      fact('2026-Q3', 'investment_ktlo_pct', 24.8),
      fact('2026-Q2', 'investment_tech_debt_pct', 12.5),
      fact('2026-Q3', 'investment_tech_debt_pct', 15.7),
    ])
    const shares = findCategory(card, 'business').metrics.filter((m) => m.metric.key.startsWith('investment_'))
    expect(shares.map((m) => [m.metric.key, m.sincePrevious.direction])).toEqual([
      ['investment_new_value_pct', 'better'],
      ['investment_ktlo_pct', 'better'],
      ['investment_tech_debt_pct', 'better'],
    ])
  })
})
