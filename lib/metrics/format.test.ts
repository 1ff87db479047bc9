import { describe, expect, it } from 'vitest'
import { getMetric } from './catalogue'
import { formatDelta, formatScore, formatValue } from './format'

const m = getMetric

describe('formatValue', () => {
  it('shows a dash, never 0, for a missing figure', () => {
    expect(formatValue(m('releases'), null)).toBe('—')
    expect(formatValue(m('tech_revenue'), null)).toBe('—')
  })

  it('formats counts as whole numbers with thousands separators', () => {
    expect(formatValue(m('releases'), 12)).toBe('12')
    expect(formatValue(m('headcount'), 1234)).toBe('1,234')
    expect(formatValue(m('major_incidents'), 0)).toBe('0')
  })

  it('formats percentages with 1 decimal, and with 2–3 at 99% and above', () => {
    expect(formatValue(m('attrition_rate'), (3 / 42) * 400)).toBe('28.6%')
    expect(formatValue(m('change_failure_rate'), 7.5)).toBe('7.5%')
    expect(formatValue(m('availability'), 99.95)).toBe('99.95%')
    expect(formatValue(m('availability'), 99.9)).toBe('99.90%')
    expect(formatValue(m('availability'), 99.995)).toBe('99.995%')
    expect(formatValue(m('availability'), 99.9999)).toBe('99.999%')
    expect(formatValue(m('availability'), 100)).toBe('100.00%')
    expect(formatValue(m('availability'), 98.76)).toBe('98.8%')
  })

  it('formats rates and durations in their units', () => {
    expect(formatValue(m('deployment_frequency'), 0.5)).toBe('0.50/day')
    expect(formatValue(m('lead_time_hours'), 30)).toBe('30.0 h')
    expect(formatValue(m('lead_time_hours'), 1234.56)).toBe('1,234.6 h')
    expect(formatValue(m('time_to_hire_days'), 42.25)).toBe('42.3 d')
    expect(formatValue(m('mtta_minutes'), 7.5)).toBe('7.5 min')
  })

  it('signs eNPS with a true minus', () => {
    expect(formatValue(m('enps'), 32)).toBe('+32')
    expect(formatValue(m('enps'), -5)).toBe('\u22125')
    expect(formatValue(m('enps'), 0)).toBe('0')
    expect(formatValue(m('enps'), -0.4)).toBe('0')
  })

  it('formats money compactly in the chosen currency', () => {
    expect(formatValue(m('tech_revenue'), 1_234_567)).toBe('$1.2M')
    expect(formatValue(m('automation_savings'), 950)).toBe('$950')
    expect(formatValue(m('automation_savings'), 45_000, { currency: 'EUR' })).toBe('€45K')
  })
})

describe('formatDelta', () => {
  it('signs changes in the metric unit', () => {
    expect(formatDelta(m('lead_time_hours'), 2.5)).toBe('+2.5 h')
    expect(formatDelta(m('major_incidents'), -3)).toBe('\u22123')
    expect(formatDelta(m('enps'), 12)).toBe('+12')
    expect(formatDelta(m('deployment_frequency'), -0.25)).toBe('\u22120.25/day')
    expect(formatDelta(m('tech_revenue'), 300_000)).toBe('+$300K')
    expect(formatDelta(m('tech_revenue'), -1_500_000, { currency: 'GBP' })).toBe('\u2212£1.5M')
  })

  it('keeps small percentage changes visible', () => {
    expect(formatDelta(m('availability'), 99.9 - 99.95)).toBe('\u22120.05 pts')
    expect(formatDelta(m('attrition_rate'), 4.26)).toBe('+4.3 pts')
  })

  it('puts no sign on no change, and a dash on no comparison', () => {
    expect(formatDelta(m('releases'), 0)).toBe('0')
    expect(formatDelta(m('lead_time_hours'), -0.01)).toBe('0.0 h')
    expect(formatDelta(m('releases'), null)).toBe('—')
  })
})

describe('formatScore', () => {
  it('shows whole numbers, rounded down so a shown score never reaches a threshold it missed', () => {
    expect(formatScore(86.4)).toBe('86')
    expect(formatScore(79.6)).toBe('79')
    expect(formatScore(80)).toBe('80')
    expect(formatScore(100)).toBe('100')
    expect(formatScore(0)).toBe('0')
    expect(formatScore(null)).toBe('—')
  })
})
