import { describe, expect, it } from 'vitest'
import { CATALOGUE, getMetric, isMetricKey, isScored, metricsInCategory, type MetricDef } from './catalogue'
import { CATEGORY_KEYS, type CategoryKey } from './categories'
import type { Unit } from './units'
import { isMixKey } from './investment-mix'

// The metric table (docs/metrics.md), hard-coded so that a drift in the catalogue fails here.
const EXPECTED: readonly [string, CategoryKey, Unit, MetricDef['direction']][] = [
  ['releases', 'delivery', 'count', 'up'],
  ['release_success_rate', 'delivery', 'percent', 'up'],
  ['time_to_market_days', 'delivery', 'days', 'down'],
  ['roadmap_delivery_rate', 'delivery', 'percent', 'up'],
  ['availability', 'reliability', 'percent', 'up'],
  ['major_incidents', 'reliability', 'count', 'down'],
  ['mtta_minutes', 'reliability', 'minutes', 'down'],
  ['mttr_hours', 'reliability', 'hours', 'down'],
  ['deployment_frequency', 'velocity', 'per_day', 'up'],
  ['lead_time_hours', 'velocity', 'hours', 'down'],
  ['change_failure_rate', 'velocity', 'percent', 'down'],
  ['recovery_time_hours', 'velocity', 'hours', 'down'],
  ['rework_rate', 'velocity', 'percent', 'down'],
  ['security_incidents_critical', 'security', 'count', 'down'],
  ['security_incidents_high', 'security', 'count', 'down'],
  ['security_incidents_medium', 'security', 'count', 'down'],
  ['security_incidents_low', 'security', 'count', 'down'],
  ['vuln_remediation_days', 'security', 'days', 'down'],
  ['audit_findings_open', 'security', 'count', 'down'],
  ['compliance_controls_passing', 'security', 'percent', 'up'],
  ['attrition_rate', 'talent', 'percent', 'down'],
  ['regretted_attrition_rate', 'talent', 'percent', 'down'],
  ['enps', 'talent', 'score', 'up'],
  ['offer_acceptance_rate', 'talent', 'percent', 'up'],
  ['time_to_hire_days', 'talent', 'days', 'down'],
  ['headcount', 'talent', 'count', 'none'],
  ['tech_revenue', 'business', 'currency', 'up'],
  ['automation_savings', 'business', 'currency', 'up'],
  ['partnerships_enabled', 'business', 'count', 'up'],
  ['investment_new_value_pct', 'business', 'percent', 'target'],
  ['investment_ktlo_pct', 'business', 'percent', 'target'],
  ['investment_tech_debt_pct', 'business', 'percent', 'target'],
]

describe('catalogue', () => {
  it('holds exactly the 32 metrics of the reference, in order', () => {
    expect(EXPECTED).toHaveLength(32)
    expect(CATALOGUE.map((m) => m.key)).toEqual(EXPECTED.map(([key]) => key))
  })

  it.each(EXPECTED)('%s is in %s, measured in %s, direction %s', (key, category, unit, direction) => {
    const metric = getMetric(key)
    expect({ category: metric.category, unit: metric.unit, direction: metric.direction }).toEqual({
      category,
      unit,
      direction,
    })
  })

  it('has unique keys', () => {
    expect(new Set(CATALOGUE.map((m) => m.key)).size).toBe(CATALOGUE.length)
  })

  it('gives every category at least one scored metric', () => {
    for (const category of CATEGORY_KEYS) {
      expect(metricsInCategory(category).filter(isScored).length, category).toBeGreaterThan(0)
    }
  })

  it('has headcount as its only context-only metric', () => {
    expect(CATALOGUE.filter((m) => !isScored(m)).map((m) => m.key)).toEqual(['headcount'])
  })

  it('derives exactly attrition, regretted attrition, eNPS and change failure rate from counts', () => {
    const derived = CATALOGUE.filter((m: MetricDef) => m.derivation !== undefined).map((m) => m.key)
    expect(derived.sort()).toEqual(['attrition_rate', 'change_failure_rate', 'enps', 'regretted_attrition_rate'])
  })

  it('judges exactly the four DORA measures by benchmark', () => {
    const dora = CATALOGUE.flatMap((m: MetricDef) => (m.dora ? [[m.key, m.dora]] : []))
    expect(Object.fromEntries(dora)).toEqual({
      deployment_frequency: 'deployment_frequency',
      lead_time_hours: 'lead_time',
      change_failure_rate: 'change_failure_rate',
      recovery_time_hours: 'recovery_time',
    })
  })

  it('compares eNPS by points and only percentages by shortfall', () => {
    expect(CATALOGUE.filter((m) => m.targetScale === 'points').map((m) => m.key)).toEqual(['enps'])
    for (const m of CATALOGUE.filter((m) => m.targetScale === 'shortfall')) {
      expect([m.key, m.unit, m.direction]).toEqual([m.key, 'percent', 'up'])
    }
  })

  it('looks keys up and rejects unknown ones', () => {
    expect(isMetricKey('enps')).toBe(true)
    expect(isMetricKey('mttr')).toBe(false)
    expect(() => getMetric('mttr')).toThrow('Unknown metric: mttr')
  })
})

describe('catalogue roll-up rules', () => {
  // What the unit says about combining teams: counts add up; times (medians and means of durations),
  // per-day rates, scores and money are never combined; a percentage is an n-weighted mean, except
  // uptime, whose downtime per service cannot be weighted by anything a team enters.
  const EXPECTED_BY_UNIT: Record<Unit, MetricDef['rollup'] | 'percent'> = {
    count: 'sum',
    percent: 'percent',
    days: 'none',
    hours: 'none',
    minutes: 'none',
    per_day: 'none',
    score: 'none',
    currency: 'none',
  }

  it.each(CATALOGUE.map((m) => [m.key, m] as const))('%s states a rule that follows its unit', (_key, metric) => {
    expect(['sum', 'weighted-mean', 'none']).toContain(metric.rollup)
    const expected = EXPECTED_BY_UNIT[metric.unit]
    if (expected !== 'percent') expect(metric.rollup).toBe(expected)
    // Uptime is not a share of anything the teams own; a mix share carries no n to weigh a team by.
    else expect(metric.rollup).toBe(metric.key === 'availability' || isMixKey(metric.key) ? 'none' : 'weighted-mean')
  })

  it('never sums a median', () => {
    const medians = CATALOGUE.filter((m) => /median/i.test(m.formula))
    expect(medians.length).toBeGreaterThan(0)
    for (const m of medians) expect(m.rollup, m.key).toBe('none')
  })
})
