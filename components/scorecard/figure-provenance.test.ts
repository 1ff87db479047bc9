import { describe, expect, it } from 'vitest'
import { figureProvenance } from './figure-provenance'

const computed = { value: 20.5, n: 412, computedAt: '2026-10-01T00:00:00.000Z' }
const figure = (source: string, value: number | null, n: number | null = null) => ({ metricKey: 'lead_time_hours', source, value, n })

describe('figureProvenance', () => {
  it('states n and the events formula for a computed figure', () => {
    expect(figureProvenance(figure('events', 20.5, 412), computed, 'USD')).toEqual({
      label: 'Computed from events (n = 412)',
      details: [expect.stringContaining('each change counts at its first deployment, values ≤ 0 ignored')],
    })
  })

  it('names the webhook providers behind a computed figure', () => {
    expect(figureProvenance({ ...figure('events', 20.5, 412), sourceRef: 'github, pagerduty' }, computed, 'USD').label).toBe(
      'Computed from events via github, pagerduty (n = 412)',
    )
  })

  it('names the computed value a manual or imported figure overrides', () => {
    expect(figureProvenance(figure('manual', 24), computed, 'USD')).toEqual({
      label: 'Entered by hand',
      details: ['Override of the computed value 20.5 h (n = 412, from events)'],
    })
    expect(figureProvenance(figure('import', 24), { ...computed, n: 1234 }, 'USD').details).toEqual([
      'Override of the computed value 20.5 h (n = 1,234, from events)',
    ])
  })

  it('says nothing more when the person agrees with events, or events gave no value', () => {
    expect(figureProvenance(figure('manual', 20.5), computed, 'USD').details).toEqual([])
    expect(figureProvenance(figure('manual', 24), { ...computed, value: null, n: 0 }, 'USD').details).toEqual([])
    expect(figureProvenance(figure('demo', 24), computed, 'USD')).toEqual({ label: 'Demo data', details: [] })
  })
})

describe('an imported figure', () => {
  it('names the file it came from', () => {
    const imported = { metricKey: 'releases', source: 'import', sourceRef: 'q3-figures.csv', value: 12, n: null }
    expect(figureProvenance(imported, undefined, 'USD').label).toBe('Imported from q3-figures.csv')
  })
})

describe('the organisation’s roll-up of its teams', () => {
  const sum = { rule: 'sum', value: 14, n: null, from: 3, of: 5 } as const
  const releases = (source: string, value: number) => ({ metricKey: 'releases', source, value, n: null })

  it('says a rolled-up figure comes from teams, and from how many', () => {
    expect(figureProvenance(releases('teams', 14), undefined, 'USD', sum)).toEqual({
      label: 'Rolled up from teams',
      details: ['teams’ sum, from 3 of 5 teams'],
    })
  })

  it('shows both when an entered figure differs from the roll-up, and nothing more when they agree', () => {
    expect(figureProvenance(releases('manual', 12), undefined, 'USD', sum).details).toEqual([
      'entered 12; teams sum to 14 (from 3 of 5 teams)',
    ])
    expect(figureProvenance(releases('manual', 14), undefined, 'USD', sum).details).toEqual([])
  })
})
