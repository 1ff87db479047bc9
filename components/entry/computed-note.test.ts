import { describe, expect, it } from 'vitest'
import { getMetric } from '@/lib/metrics/catalogue'
import { computedNote } from './metric-notes'

const computed = { value: 20.5, n: 412, computedAt: '2026-10-01T00:00:00.000Z' }

describe('computedNote', () => {
  const settings = { currency: 'USD', timeZone: 'UTC', fiscalStartMonth: 1 as const }
  const saved = (source: string, value: number) => ({
    value,
    n: null,
    inputs: null,
    source,
    updatedBy: 'x',
    updatedAt: '2026-10-01T00:00:00.000Z',
    version: 2,
  })
  const metric = getMetric('lead_time_hours')

  it('shows the computed value and that saving a different value overrides it', () => {
    expect(computedNote(metric, computed, saved('events', 20.5), settings)).toBe(
      'Computed from events: 20.5 h, n = 412 — saving a different value overrides it',
    )
    expect(computedNote(metric, computed, undefined, settings)).toBe(
      'Computed from events: 20.5 h, n = 412 — saving a different value overrides it',
    )
  })

  it('says when the saved value already overrides it, and is absent without a computed value', () => {
    expect(computedNote(metric, computed, saved('manual', 30), settings)).toBe(
      'Computed from events: 20.5 h, n = 412 — the saved value overrides it',
    )
    expect(computedNote(metric, { ...computed, value: null }, undefined, settings)).toBeNull()
    expect(computedNote(metric, undefined, undefined, settings)).toBeNull()
  })
})
