import { describe, expect, it } from 'vitest'
import { getBenchmarkSet, type DoraLevel } from './benchmarks'
import { getMetric, type MetricDef } from './catalogue'
import { hasData, scoreFigure, statusForScore, STATUS_LABELS } from './scoring'

const SET_2021 = getBenchmarkSet('2021')
const SET_2022 = getBenchmarkSet('2022')
const SET_2023 = getBenchmarkSet('2023')
const lead = getMetric('lead_time_hours')
const cfr = getMetric('change_failure_rate')
const deploys = getMetric('deployment_frequency')

const judge = (metric: MetricDef, value: number | null, target: number | null = null, n: number | null = null) =>
  scoreFigure(metric, { value, target, n }, SET_2023)

describe('statusForScore', () => {
  it.each([
    [100, 'on_track'],
    [80, 'on_track'],
    [79.99, 'at_risk'],
    [50, 'at_risk'],
    [49.99, 'off_track'],
    [0, 'off_track'],
  ] as const)('%d is %s', (score, status) => {
    expect(statusForScore(score)).toBe(status)
  })

  it('labels statuses for people', () => {
    expect(STATUS_LABELS).toEqual({ on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' })
  })
})

describe('figures that are not scored', () => {
  it('gives no score to a missing figure, never 0', () => {
    const result = judge(getMetric('major_incidents'), null, 2)
    expect(result).toEqual({
      score: null,
      status: null,
      basis: null,
      level: null,
      levelWithheld: false,
      explanation: 'No data',
    })
    expect(hasData(result)).toBe(false)
  })

  it('never scores a context-only metric', () => {
    const result = judge(getMetric('headcount'), 120, 100)
    expect(result).toMatchObject({ score: null, status: null, explanation: 'Context only' })
  })

  it('cannot score a target-judged figure without a target, but knows it has data', () => {
    const result = judge(getMetric('tech_revenue'), 1_000_000, null)
    expect(result).toMatchObject({ score: null, basis: null, explanation: 'No target set' })
    expect(hasData(result)).toBe(true)
  })
})

describe('DORA figures, judged by benchmark', () => {
  const cases: [string, string, number, DoraLevel, number][] = [
    ['2023', 'lead_time_hours', 12, 'elite', 100 - (10 * Math.log(12 / 0.1)) / Math.log(24 / 0.1)],
    ['2023', 'lead_time_hours', 30, 'high', 90 - (10 * Math.log(30 / 24)) / Math.log(7)],
    ['2023', 'lead_time_hours', 200, 'medium', 80 - (30 * Math.log(200 / 168)) / Math.log(720 / 168)],
    ['2023', 'lead_time_hours', 2000, 'low', 50 - (50 * Math.log(2000 / 720)) / Math.log(8760 / 720)],
    ['2023', 'change_failure_rate', 12, 'medium', 80 - (30 * 2) / 5],
    ['2023', 'deployment_frequency', 3, 'elite', 100 - (10 * Math.log(10 / 3)) / Math.log(10)],
    ['2023', 'deployment_frequency', 0.5, 'high', 90 - (10 * Math.log(2)) / Math.log(7)],
    ['2024', 'change_failure_rate', 8, 'high', 88],
    // 2024 publishes no range of Medium's own for CFR: Low starts at High's 20% with Low's own band.
    ['2024', 'change_failure_rate', 25, 'low', 50 - (50 * 5) / 80],
    ['2024', 'recovery_time_hours', 12, 'high', 90 - (10 * Math.log(12)) / Math.log(24)],
    ['2022', 'deployment_frequency', 5, 'high', 100 - (20 * Math.log(2)) / Math.log(10)],
    ['2022', 'change_failure_rate', 20, 'medium', 80 - (30 * 5) / 15],
    ['2021', 'lead_time_hours', 2, 'high', 90 - (10 * Math.log(2)) / Math.log(168)],
    ['2021', 'change_failure_rate', 15.5, 'high', 90 - (10 * 0.5) / 15],
  ]

  it.each(cases)('%s: %s of %d is %s, scoring %d', (id, key, value, level, score) => {
    const result = scoreFigure(getMetric(key), { value, target: null }, getBenchmarkSet(id))
    expect(result.level).toBe(level)
    expect(result.score).toBeCloseTo(score, 9)
    expect(result.basis).toBe('benchmark')
    expect(result.status).toBe(statusForScore(result.score!))
  })

  it('never rates a figure Elite in 2022', () => {
    for (const value of [0, 0.01, 1, 10]) {
      expect(scoreFigure(lead, { value, target: null }, SET_2022).level).toBe('high')
    }
  })

  it('ignores the target', () => {
    expect(judge(lead, 30, 1)).toEqual(judge(lead, 30, 1000))
  })

  it('explains the level, its published range and the score', () => {
    expect(judge(lead, 30).explanation).toBe('High (2023): 1 day – 1 week; 30.0 h lead time for changes scores 88')
  })

  it('scores 100 beyond the best anchor and 0 beyond the worst', () => {
    expect(judge(lead, 0).score).toBe(100)
    expect(judge(lead, 10_000).score).toBe(0)
    expect(judge(deploys, 50).score).toBe(100)
    expect(judge(deploys, 0).score).toBe(0)
    expect(judge(cfr, 0).score).toBe(100)
    expect(judge(cfr, 100).score).toBe(0)
  })

  it('scores exactly a band edge at a level bound', () => {
    // "< 1 day" excludes one day: exactly 24 h is High, at the top of its band.
    expect(judge(lead, 24)).toMatchObject({ level: 'high', score: 90 })
    expect(judge(lead, 23.99).level).toBe('elite')
    expect(judge(lead, 168)).toMatchObject({ level: 'high', score: 80 })
    expect(judge(lead, 720)).toMatchObject({ level: 'medium', score: 50 })
    expect(scoreFigure(deploys, { value: 1, target: null }, SET_2022)).toMatchObject({ level: 'high', score: 80 })
  })

  it('withholds the level, not the score, when a few more events could change it', () => {
    const small = judge(lead, 30, null, 9)
    expect(small).toMatchObject({ level: null, levelWithheld: true, basis: 'benchmark' })
    expect(small.score).toBe(judge(lead, 30, null, 10).score)
    expect(small.explanation).toBe(
      'DORA 2023: 30.0 h lead time for changes scores 88; no level claimed on n = 9: a few more events could change it',
    )
    expect(judge(lead, 30, null, 10)).toMatchObject({ level: 'high', levelWithheld: false })
    expect(judge(lead, 30, null, null)).toMatchObject({ level: 'high', levelWithheld: false })
  })
})

describe('other figures, judged against their target', () => {
  const cases: [string, number, number, number][] = [
    ['time_to_market_days', 30, 30, 80],
    ['time_to_market_days', 60, 30, 50],
    ['time_to_market_days', 120, 30, 20],
    ['time_to_market_days', 15, 30, 100],
    ['time_to_market_days', 0, 30, 100],
    ['time_to_market_days', 300, 30, 0],
    ['security_incidents_critical', 1, 0, 50],
    ['security_incidents_critical', 0, 0, 100],
    ['security_incidents_critical', 3, 0, 20],
    ['audit_findings_open', 0, 0, 100],
    ['major_incidents', 5, 2, 80 - 30 * Math.log2(2)],
    ['releases', 5, 12, 80 - 30 * Math.log2(13 / 6)],
    ['availability', 99.9, 99.9, 80],
    ['availability', 99.8, 99.9, 50],
    ['availability', 99.9, 99.99, 0],
    ['availability', 99.95, 99.9, 110],
    ['availability', 100, 100, 100],
    ['availability', 99.999, 100, 0],
    ['compliance_controls_passing', 90, 95, 80 - 30 * Math.log2(10.1 / 5.1)],
    ['compliance_controls_passing', 99.95, 100, 80 - 30 * Math.log2(1.05)],
    ['compliance_controls_passing', 99, 100, 50],
    ['compliance_controls_passing', 100, 100, 100],
    ['enps', 30, 30, 80],
    ['enps', 10, 30, 50],
    ['enps', 44, 30, 100],
    ['enps', -40, 30, 0],
    ['tech_revenue', 500_000, 1_000_000, 50],
    ['tech_revenue', 0, 1_000_000, 0],
    ['tech_revenue', 0, 0, 80],
    ['rework_rate', 1, 0, 50],
    ['rework_rate', 0, 0, 100],
  ]

  it.each(cases)('%s of %d against %d scores %d', (key, value, target, score) => {
    const result = judge(getMetric(key), value, target)
    expect(result.score).toBeCloseTo(Math.min(100, score), 9)
    expect(result).toMatchObject({ basis: 'target', level: null, levelWithheld: false })
  })

  it('puts a met target on track and twice the target at risk', () => {
    expect(judge(getMetric('mttr_hours'), 4, 4).status).toBe('on_track')
    expect(judge(getMetric('mttr_hours'), 8, 4).status).toBe('at_risk')
    expect(judge(getMetric('mttr_hours'), 17, 4).status).toBe('off_track')
  })

  it('explains the target and the rule', () => {
    expect(judge(getMetric('mttr_hours'), 8, 4).explanation).toBe(
      'Target ≤ 4.0 h; 8.0 h scores 50 (meeting the target scores 80; each doubling past the target costs 30)',
    )
    expect(judge(getMetric('enps'), 12, 30).explanation).toBe(
      'Target +30; +12 scores 53 (meeting the target scores 80; each point short costs 1.5)',
    )
  })

  it('ignores n', () => {
    expect(scoreFigure(getMetric('enps'), { value: 12, target: 30, n: 3 }, SET_2021).score).toBe(53)
  })
})
