import { describe, expect, it } from 'vitest'
import type { FirstRunProgress } from '@/lib/db/queries/first-run'
import { firstRunItems, showsFirstRun } from './first-run-items'

const ALL_DONE: FirstRunProgress = {
  orgNamed: true,
  calendarSet: true,
  demoRemoved: true,
  teamsAndPeople: true,
  quarterEntered: true,
  sourcesConnected: true,
}

describe('showsFirstRun', () => {
  it('hides the checklist once every step is done, though nobody dismissed it', () => {
    expect(showsFirstRun({ dismissed: false, progress: ALL_DONE })).toBe(false)
  })

  it('shows it while any one step is left, and whichever step that is', () => {
    for (const step of Object.keys(ALL_DONE) as (keyof FirstRunProgress)[]) {
      expect(showsFirstRun({ dismissed: false, progress: { ...ALL_DONE, [step]: false } }), step).toBe(true)
    }
  })

  it('hides it once dismissed, however many steps are left', () => {
    const none = Object.fromEntries(Object.keys(ALL_DONE).map((k) => [k, false])) as unknown as FirstRunProgress
    expect(showsFirstRun({ dismissed: true, progress: none })).toBe(false)
  })
})

describe('firstRunItems', () => {
  it('ticks each of the six steps from its own answer, and leads entry and import to the quarter in view', () => {
    const items = firstRunItems({ ...ALL_DONE, sourcesConnected: false }, '2026-Q3')
    expect(items.map((i) => i.done)).toEqual([true, true, true, true, true, false])
    expect(items[4].links.map((l) => l.href)).toEqual(['/entry/2026-Q3?scope=org', '/import?quarter=2026-Q3&scope=org'])
  })
})
