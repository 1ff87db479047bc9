import { describe, expect, it } from 'vitest'
import { touchedScorecards } from './touched-scorecards'

describe('touchedScorecards', () => {
  it('lists each scope and quarter once, newest quarter first and the organisation before its teams', () => {
    const rows = [
      { scopeSlug: 'payments', quarter: '2026-Q1' },
      { scopeSlug: 'org', quarter: '2025-Q4' },
      { scopeSlug: 'payments', quarter: '2026-Q1' },
      { scopeSlug: 'org', quarter: '2026-Q1' },
      { scopeSlug: 'api', quarter: '2026-Q1' },
    ] as const
    expect(touchedScorecards(rows)).toEqual([
      { scope: 'org', quarter: '2026-Q1' },
      { scope: 'api', quarter: '2026-Q1' },
      { scope: 'payments', quarter: '2026-Q1' },
      { scope: 'org', quarter: '2025-Q4' },
    ])
  })

  it('is empty for a file that wrote nothing', () => {
    expect(touchedScorecards([])).toEqual([])
  })
})
