import { describe, expect, it } from 'vitest'
import { formatScore, formatValue } from './format'
import { getMetric } from './catalogue'
import { buildScorecard, type FigureFact } from './scorecard-model'
import { sortComparison } from './comparison-sort'
import { categoryComparison, comparisonRows, visibleTeams, type ComparedTeam } from './team-comparison'

const QUARTER = '2026-Q3'

function fact(quarter: string, metricKey: string, value: number | null, n: number | null = null): FigureFact {
  return { quarter, metricKey, value, n, source: 'manual', updatedAt: new Date(0), updatedBy: null, version: 1 }
}

function team(name: string, archived = false): ComparedTeam {
  return { id: `id-${name}`, slug: name.toLowerCase(), name, archived }
}

const card = (figures: FigureFact[]) =>
  buildScorecard({ quarter: QUARTER, figures, targets: [], benchmarkSets: {}, defaultBenchmarkSet: '2023' })

// Uptime against its 99.9% default target: at the target it is on track, far below it off track.
const good = card([fact('2026-Q2', 'availability', 99), fact(QUARTER, 'availability', 99.9)])
const bad = card([fact(QUARTER, 'availability', 90), fact(QUARTER, 'releases', 3)])
const none = card([])

describe('comparisonRows', () => {
  const [a, b, c] = comparisonRows([
    { team: team('Alpha'), card: good },
    { team: team('Beta'), card: bad },
    { team: team('Gamma'), card: none },
  ])

  it('holds each team’s scores as its own scorecard has them', () => {
    expect(a.overall.score).toBe(good.overall.score)
    expect(a.overall.status).toBe('on_track')
    expect(a.overall.statusText).toBe('On track')
    const reliability = a.categories.find((x) => x.category === 'reliability')!
    expect(reliability.score).toBe(good.categories.find((x) => x.category.key === 'reliability')!.score.score)
    expect(b.overall.status).toBe('off_track')
    expect(a.categories.map((x) => x.category)).toEqual(good.categories.map((x) => x.category.key))
  })

  it('states the change since the previous quarter in whole shown points', () => {
    const now = Number(formatScore(good.overall.score))
    const before = Number(formatScore(good.overallHistory.find((p) => p.quarter === '2026-Q2')!.score))
    expect(now).toBeGreaterThan(before)
    expect(a.overall.changeText).toBe(`+${now - before}`)
    expect(a.overall.direction).toBe('better')
    // No score a quarter before: no change, not a change from zero.
    expect(b.overall.changeText).toBeNull()
  })

  it('marks a team without figures, and gives it no scores', () => {
    expect(a.hasFigures).toBe(true)
    expect(c.hasFigures).toBe(false)
    expect(c.overall).toMatchObject({ score: null, scoreText: '—', status: null, statusText: 'No score', changeText: null })
  })
})

describe('sortComparison', () => {
  const rows = comparisonRows([
    { team: team('Beta'), card: bad },
    { team: team('Gamma'), card: none },
    { team: team('Alpha'), card: good },
    { team: team('Delta'), card: none },
  ])
  const names = (sorted: typeof rows) => sorted.map((r) => r.team.name)

  it('sorts by a score either way, teams without a score last in both', () => {
    expect(names(sortComparison(rows, 'overall', 'descending'))).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma'])
    expect(names(sortComparison(rows, 'overall', 'ascending'))).toEqual(['Beta', 'Alpha', 'Delta', 'Gamma'])
  })

  it('sorts by a category’s score', () => {
    expect(names(sortComparison(rows, 'delivery', 'descending'))).toEqual(['Beta', 'Alpha', 'Delta', 'Gamma'])
    expect(names(sortComparison(rows, 'reliability', 'ascending'))[0]).toBe('Beta')
  })

  it('sorts by name, and leaves its input alone', () => {
    expect(names(sortComparison(rows, 'team', 'ascending'))).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma'])
    expect(names(sortComparison(rows, 'team', 'descending'))).toEqual(['Gamma', 'Delta', 'Beta', 'Alpha'])
    expect(names(rows)).toEqual(['Beta', 'Gamma', 'Alpha', 'Delta'])
  })
})

describe('visibleTeams', () => {
  const entries = [{ team: team('Alpha') }, { team: team('Old', true) }]
  it('hides archived teams unless asked for', () => {
    expect(visibleTeams(entries, false).map((e) => e.team.name)).toEqual(['Alpha'])
    expect(visibleTeams(entries, true).map((e) => e.team.name)).toEqual(['Alpha', 'Old'])
  })
})

describe('categoryComparison', () => {
  const withN = card([fact(QUARTER, 'attrition_rate', 12, 100)])
  const talent = categoryComparison(
    [
      { team: team('Alpha'), card: withN },
      { team: team('Gamma'), card: none },
    ],
    'talent',
    'EUR',
  )

  it('lists the category’s metrics with their units', () => {
    const attrition = talent.metrics.find((m) => m.key === 'attrition_rate')!
    expect(attrition.label).toBe(getMetric('attrition_rate').label)
    expect(attrition.unitLabel).toBe('%')
    expect(talent.metrics.every((m) => getMetric(m.key).category === 'talent')).toBe(true)
  })

  it('gives each team’s value, n and status, and says why a metric has none', () => {
    const [alpha, gamma] = talent.rows
    const cell = alpha.metrics.find((m) => m.key === 'attrition_rate')!
    expect(cell).toMatchObject({ value: 12, n: 100, valueText: formatValue(getMetric('attrition_rate'), 12) })
    expect(cell.status).not.toBeNull()
    expect(alpha.hasFigures).toBe(true)
    expect(gamma.hasFigures).toBe(false)
    expect(gamma.metrics[0]).toMatchObject({ value: null, n: null, status: null, statusText: 'No data' })
  })
})
