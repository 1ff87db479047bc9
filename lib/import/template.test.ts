import { describe, expect, it } from 'vitest'
import { MIX_KEYS } from '@/lib/metrics/investment-mix'
import { templateRows } from './template'

describe('templateRows: the investment mix', () => {
  it('lists the three shares with the rule that they add up to 100 (± 1), and takes their targets', () => {
    const shares = templateRows(['business'], '2026-Q3').filter((r) => (MIX_KEYS as readonly string[]).includes(r.metricKey))
    expect(shares.map((r) => r.metricKey)).toEqual([...MIX_KEYS])
    for (const r of shares) {
      expect(r.allowedRange).toBe('0 to 100; the three investment shares of a scope and quarter add up to 100 (± 1)')
      expect(r.takesTarget).toBe(true)
    }
  })
})
