import { describe, expect, it } from 'vitest'
import { rollupsByQuarter, TEAMS_SOURCE, withRollups, type OrgFigure, type TeamFigureFact } from './org-rollups'
import { buildScorecard, findCategory, type FigureFact } from './scorecard-model'

const at = new Date('2000-11-01T00:00:00Z')
const team = (scope: string, quarter: string, metricKey: string, value: number | null, n: number | null = null): TeamFigureFact => ({
  scope,
  quarter,
  metricKey,
  value,
  n,
  source: 'manual',
  updatedAt: new Date(at.getTime() + scope.length),
})
const org = (quarter: string, metricKey: string, value: number | null): FigureFact => ({
  quarter,
  metricKey,
  value,
  n: null,
  source: 'manual',
  updatedAt: at,
  updatedBy: 'cto@example.com',
  version: 3,
})

const teams = {
  activeTeams: 5,
  figures: [
    team('a', '2000-Q4', 'releases', 4),
    team('bb', '2000-Q4', 'releases', 6),
    team('ccc', '2000-Q4', 'releases', 4),
    team('a', '2000-Q3', 'releases', 2),
  ],
}

describe('withRollups', () => {
  const rollups = rollupsByQuarter(teams, ['2000-Q3', '2000-Q4'])

  it('stands the roll-up in for a missing organisation figure, with the latest team change', () => {
    const merged = withRollups<OrgFigure>([], rollups)
    const q4 = merged.find((f) => f.quarter === '2000-Q4' && f.metricKey === 'releases')
    expect(q4).toMatchObject({ value: 14, source: TEAMS_SOURCE, version: 0, updatedAt: new Date(at.getTime() + 3) })
    expect(merged.find((f) => f.quarter === '2000-Q3')?.value).toBe(2)
  })

  it('lets an entered organisation figure win', () => {
    const merged = withRollups([org('2000-Q4', 'releases', 12)], rollups)
    expect(merged.filter((f) => f.quarter === '2000-Q4' && f.metricKey === 'releases')).toEqual([org('2000-Q4', 'releases', 12)])
  })

  it('replaces an organisation row that is blank', () => {
    const merged = withRollups([org('2000-Q4', 'releases', null)], rollups)
    expect(merged.filter((f) => f.quarter === '2000-Q4' && f.metricKey === 'releases').map((f) => f.value)).toEqual([14])
  })
})

describe('the organisation scorecard with teams', () => {
  const build = (figures: FigureFact[]) =>
    buildScorecard({ quarter: '2000-Q4', figures, targets: [], benchmarkSets: {}, defaultBenchmarkSet: '2023', teams })

  it('shows and scores the roll-up where the organisation has no figure', () => {
    const releases = findCategory(build([]), 'delivery').metrics.find((m) => m.metric.key === 'releases')!
    expect(releases.figure).toMatchObject({ value: 14, source: TEAMS_SOURCE })
    expect(releases.rollup).toMatchObject({ rule: 'sum', value: 14, from: 3, of: 5 })
    expect(releases.score.score).not.toBeNull()
    expect(releases.history.map((p) => p.value).slice(-2)).toEqual([2, 14])
    expect(findCategory(build([]), 'delivery').score.scored).toBe(1)
  })

  it('keeps the entered figure and the roll-up beside it', () => {
    const releases = findCategory(build([org('2000-Q4', 'releases', 12)]), 'delivery').metrics.find((m) => m.metric.key === 'releases')!
    expect(releases.figure).toMatchObject({ value: 12, source: 'manual' })
    expect(releases.rollup?.value).toBe(14)
  })

  it('rolls nothing up without teams', () => {
    const card = buildScorecard({ quarter: '2000-Q4', figures: [], targets: [], benchmarkSets: {}, defaultBenchmarkSet: '2023' })
    expect(findCategory(card, 'delivery').metrics.every((m) => m.figure === null && m.rollup === null)).toBe(true)
  })
})
