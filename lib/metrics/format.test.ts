import fc from 'fast-check'
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
    expect(formatValue(m('deployment_frequency'), 0.5)).toBe('3.50/week')
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

describe('deployment frequency', () => {
  const df = m('deployment_frequency')

  it('reads per day, per week or per month, whichever reads best', () => {
    expect(formatValue(df, 2.5)).toBe('2.50/day')
    expect(formatValue(df, 1)).toBe('1.00/day')
    expect(formatValue(df, 1 / 7)).toBe('1.00/week')
    expect(formatValue(df, 1 / 30)).toBe('1.00/month')
    expect(formatValue(df, 0)).toBe('0/day')
    expect(formatValue(df, 12.5)).toBe('12.50/day')
  })

  it('never prints 1/91 and 1/182 a day the same', () => {
    expect(formatValue(df, 1 / 91)).toBe('0.330/month')
    expect(formatValue(df, 1 / 182)).toBe('0.165/month')
  })

  it('prints two rates 1% or more apart differently', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 1e4, noNaN: true }), fc.double({ min: 1.01, max: 3, noNaN: true }), (a, ratio) => {
        expect(formatValue(df, a)).not.toBe(formatValue(df, a * ratio))
      }),
      { numRuns: 2000 },
    )
  })

  it('prints every two deployment counts over the same days differently', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 92 }),
        (k, step, days) => {
          expect(formatValue(df, k / days)).not.toBe(formatValue(df, (k + step) / days))
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('formatDelta', () => {
  it('signs changes in the metric unit', () => {
    expect(formatDelta(m('lead_time_hours'), 2.5)).toBe('+2.5 h')
    expect(formatDelta(m('major_incidents'), -3)).toBe('\u22123')
    expect(formatDelta(m('enps'), 12)).toBe('+12')
    expect(formatDelta(m('deployment_frequency'), -0.25)).toBe('\u22121.75/week')
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
