import { describe, expect, it } from 'vitest'
import { getBenchmarkSet } from './benchmarks'
import { levelOf, levelWording } from './dora-levels'

const wordingOf = (setId: string, measure: 'lead_time' | 'deployment_frequency' | 'change_failure_rate', value: number) => {
  const m = getBenchmarkSet(setId).measures[measure]
  const range = levelOf(value, m)
  return { level: range.level, words: levelWording(range, m, value) }
}

describe('levelWording', () => {
  it('names the gap a report leaves above a level instead of the level range the figure is not in', () => {
    // 2021: Elite "< 1 hour", High "1 day–1 week"; 5 h is scored High but is not "1 day–1 week".
    expect(wordingOf('2021', 'lead_time', 5)).toEqual({
      level: 'high',
      words: 'between Elite (< 1 hour) and High (1 day–1 week), a gap the report leaves',
    })
    // 2022: High "on demand", Medium "weekly–monthly"; three deploys a week is neither.
    expect(wordingOf('2022', 'deployment_frequency', 3 / 7).words).toBe(
      'between High (on demand) and Medium (weekly–monthly), a gap the report leaves',
    )
    // 2021: High "1 day–1 week", Medium "1–6 months"; two weeks falls between them.
    expect(wordingOf('2021', 'lead_time', 336).words).toBe('between High (1 day–1 week) and Medium (1–6 months), a gap the report leaves')
  })

  it('keeps the published wording for a figure inside the published range, its edges included', () => {
    expect(wordingOf('2021', 'lead_time', 24)).toEqual({ level: 'high', words: '1 day–1 week' })
    expect(wordingOf('2021', 'lead_time', 720).words).toBe('1–6 months')
    expect(wordingOf('2022', 'deployment_frequency', 1 / 7).words).toBe('weekly–monthly')
    expect(wordingOf('2021', 'change_failure_rate', 16).words).toBe('16–30%')
    expect(wordingOf('2023', 'lead_time', 30).words).toBe('1 day – 1 week')
  })

  it('reads a gap of a fraction of a percent between "0–15%" and "16–30%" as the gap', () => {
    expect(wordingOf('2022', 'change_failure_rate', 15.5)).toEqual({
      level: 'medium',
      words: 'between High (0–15%) and Medium (16–30%), a gap the report leaves',
    })
  })

  it('names a figure in the catch-all level by the level it missed, not by the published worst wording', () => {
    expect(wordingOf('2021', 'lead_time', 5000)).toEqual({ level: 'low', words: 'worse than Medium (1–6 months)' })
    // 2024 CFR: Medium (10%) has no range of its own, so 21% missed High (20%).
    expect(wordingOf('2024', 'change_failure_rate', 21).words).toBe('worse than High (20%)')
  })
})
