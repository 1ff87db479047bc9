import { describe, expect, it } from 'vitest'
import { getMetric } from './catalogue'
import { changeBetween, scoreChange } from './change'

describe('changeBetween', () => {
  it('calls a fall better for a lower-is-better metric', () => {
    expect(changeBetween(getMetric('lead_time_hours'), 20, 30)).toEqual({ delta: -10, direction: 'better' })
    expect(changeBetween(getMetric('lead_time_hours'), 36, 30)).toEqual({ delta: 6, direction: 'worse' })
  })

  it('calls a rise better for a higher-is-better metric', () => {
    expect(changeBetween(getMetric('deployment_frequency'), 2, 0.5)).toEqual({ delta: 1.5, direction: 'better' })
    expect(changeBetween(getMetric('enps'), -5, 10)).toEqual({ delta: -15, direction: 'worse' })
  })

  it('judges a share aimed at a target by whether it moved toward that target, from either side', () => {
    const share = getMetric('investment_new_value_pct')
    // Target 60: 57.9 → 59.5 rises toward it; 62 → 60.5 falls toward it. Both are better.
    expect(changeBetween(share, 59.5, 57.9, 60)).toEqual({ delta: expect.closeTo(1.6, 9), direction: 'better' })
    expect(changeBetween(share, 60.5, 62, 60)).toEqual({ delta: -1.5, direction: 'better' })
    // Moving away is worse, whichever way.
    expect(changeBetween(share, 63, 61, 60)).toEqual({ delta: 2, direction: 'worse' })
    expect(changeBetween(share, 55, 58, 60)).toEqual({ delta: -3, direction: 'worse' })
    // Crossing to the same distance on the other side is no better and no worse.
    expect(changeBetween(share, 62, 58, 60)).toEqual({ delta: 4, direction: 'same' })
    // Without a target there is nothing to judge the change by.
    expect(changeBetween(share, 59.5, 57.9)).toEqual({ delta: expect.closeTo(1.6, 9), direction: 'neutral' })
  })

  it('keeps the delta of a context-only metric but does not judge it', () => {
    expect(changeBetween(getMetric('headcount'), 130, 120)).toEqual({ delta: 10, direction: 'neutral' })
  })

  it('has nothing to compare when either figure is missing', () => {
    expect(changeBetween(getMetric('releases'), null, 10)).toEqual({ delta: null, direction: 'neutral' })
    expect(changeBetween(getMetric('releases'), 10, null)).toEqual({ delta: null, direction: 'neutral' })
  })

  it('treats an unchanged figure, including floating-point residue, as the same', () => {
    expect(changeBetween(getMetric('releases'), 10, 10)).toEqual({ delta: 0, direction: 'same' })
    expect(changeBetween(getMetric('change_failure_rate'), 0.1 + 0.2, 0.3)).toEqual({ delta: 0, direction: 'same' })
    expect(changeBetween(getMetric('availability'), 99.95, 99.9).direction).toBe('better')
  })
})

describe('scoreChange', () => {
  it('calls a higher score better', () => {
    expect(scoreChange(72, 60)).toEqual({ delta: 12, direction: 'better' })
    expect(scoreChange(40, 60)).toEqual({ delta: -20, direction: 'worse' })
    expect(scoreChange(60, 60)).toEqual({ delta: 0, direction: 'same' })
    expect(scoreChange(null, 60)).toEqual({ delta: null, direction: 'neutral' })
    expect(scoreChange(60, null)).toEqual({ delta: null, direction: 'neutral' })
  })
})
