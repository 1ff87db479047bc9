import { describe, expect, it } from 'vitest'
import { getMetric } from './catalogue'
import { rollupNote } from './team-rollup-text'
import { fromTeamsText, rollUpTeams, ruleText, teamsSayText, type TeamFigure } from './team-rollup'

const fig = (team: string, value: number | null, n: number | null = null, source = 'manual'): TeamFigure => ({ team, value, n, source })

describe('sum (counts)', () => {
  const releases = getMetric('releases')

  it('adds the teams’ figures and counts the teams that have one', () => {
    expect(rollUpTeams(releases, [fig('a', 4), fig('b', 6), fig('c', 1)], 5)).toEqual({ rule: 'sum', value: 11, n: null, from: 3, of: 5 })
  })

  it('leaves a team without a figure out of the sum and of K, but not of M', () => {
    expect(rollUpTeams(releases, [fig('a', 4), fig('b', null)], 3)).toMatchObject({ value: 4, from: 1, of: 3 })
  })

  it('keeps a measured zero: a team that entered 0 counts', () => {
    expect(rollUpTeams(releases, [fig('a', 0), fig('b', 2)], 2)).toMatchObject({ value: 2, from: 2 })
  })

  it('sums n only when every contributing team has one', () => {
    expect(rollUpTeams(releases, [fig('a', 1, 3), fig('b', 2, 4)], 2)?.n).toBe(7)
    expect(rollUpTeams(releases, [fig('a', 1, 3), fig('b', 2)], 2)?.n).toBeNull()
  })

  it('is null when no team has a figure', () => {
    expect(rollUpTeams(releases, [], 4)).toBeNull()
    expect(rollUpTeams(releases, [fig('a', null)], 4)).toBeNull()
  })

  it('never rolls up a figure computed from events: the organisation counts those events itself', () => {
    const incidents = getMetric('major_incidents')
    expect(rollUpTeams(incidents, [fig('a', 3, null, 'events'), fig('b', 2)], 2)).toMatchObject({ value: 2, from: 1 })
    expect(rollUpTeams(incidents, [fig('a', 3, null, 'events')], 2)).toBeNull()
  })
})

describe('weighted-mean (rates and percentages)', () => {
  const cfr = getMetric('change_failure_rate')

  it('weights each team by its n', () => {
    // 10% of 100 deployments and 40% of 50: 10 + 20 = 30 failures in 150 deployments.
    const r = rollUpTeams(cfr, [fig('a', 10, 100), fig('b', 40, 50)], 3)
    expect(r).toMatchObject({ rule: 'weighted-mean', n: 150, from: 2, of: 3 })
    expect(r?.value).toBeCloseTo((30 / 150) * 100, 9)
  })

  it('leaves out a team figure without n, or with n = 0', () => {
    const r = rollUpTeams(cfr, [fig('a', 10, 100), fig('b', 90, null), fig('c', 50, 0)], 3)
    expect(r).toMatchObject({ value: 10, n: 100, from: 1, of: 3 })
  })

  it('is null when no team figure has n', () => {
    expect(rollUpTeams(cfr, [fig('a', 10), fig('b', 20, 0)], 2)).toBeNull()
  })
})

describe('none (medians, durations, money)', () => {
  it.each(['lead_time_hours', 'time_to_hire_days', 'availability', 'enps', 'tech_revenue'])('%s is never rolled up', (key) => {
    expect(rollUpTeams(getMetric(key), [fig('a', 10, 10), fig('b', 20, 10)], 2)).toBeNull()
  })
})

describe('words', () => {
  it('says where the value comes from and by which rule', () => {
    expect(fromTeamsText({ from: 3, of: 5 })).toBe('from 3 of 5 teams')
    expect(fromTeamsText({ from: 1, of: 1 })).toBe('from 1 of 1 team')
    expect(ruleText({ rule: 'sum', n: null })).toBe('sum')
    expect(ruleText({ rule: 'weighted-mean', n: 1200 })).toBe('n-weighted mean, n = 1,200')
    expect(teamsSayText({ rule: 'sum' }, '14')).toBe('teams sum to 14')
    expect(teamsSayText({ rule: 'weighted-mean' }, '12.5%')).toBe('teams’ n-weighted mean is 12.5%')
  })
})

describe('rollupNote', () => {
  const releases = getMetric('releases')
  const cfr = getMetric('change_failure_rate')
  const sum = { rule: 'sum', value: 14, n: null, from: 3, of: 5 } as const

  it('says a rolled-up figure comes from teams, by which rule', () => {
    expect(rollupNote(releases, { value: 14, source: 'teams' }, sum, 'USD')).toBe('teams’ sum, from 3 of 5 teams')
  })

  it('shows both when a roll-up kept on publication differs from what the teams say now', () => {
    expect(rollupNote(releases, { value: 12, source: 'teams' }, sum, 'USD')).toBe(
      'kept at publication as 12; teams sum to 14 now (from 3 of 5 teams)',
    )
  })

  it('shows both when an entered figure differs from the roll-up', () => {
    expect(rollupNote(releases, { value: 12, source: 'manual' }, sum, 'USD')).toBe('entered 12; teams sum to 14 (from 3 of 5 teams)')
    const mean = { rule: 'weighted-mean', value: 20, n: 150, from: 2, of: 3 } as const
    expect(rollupNote(cfr, { value: 12.5, source: 'import' }, mean, 'USD')).toBe(
      'entered 12.5%; teams’ n-weighted mean is 20.0% (from 2 of 3 teams)',
    )
  })

  it('says nothing when they agree, without a roll-up, or beside a figure from events or demo data', () => {
    expect(rollupNote(releases, { value: 12, source: 'demo' }, sum, 'USD')).toBeNull()
    expect(rollupNote(releases, { value: 14, source: 'manual' }, sum, 'USD')).toBeNull()
    expect(rollupNote(releases, { value: 12, source: 'manual' }, null, 'USD')).toBeNull()
    expect(rollupNote(releases, { value: 12, source: 'events' }, sum, 'USD')).toBeNull()
  })
})
