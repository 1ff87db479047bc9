import type { ScorecardBenchResult } from './scorecard-bench'
import { round } from './stats'

/** One goal of the speed table: what is measured, the goal in words, the value, and whether it is met. */
export interface SpeedGoal {
  measure: string
  goal: string
  value: string
  met: boolean
}

export const GOALS = {
  /** The scorecard may cost at most this much more than the smallest page, at p95. */
  overFloorMs: 5,
  htmlKb: 60,
  /** Scorecard throughput under concurrent users, as a share of the smallest page's. */
  throughputRatio: 0.75,
  /** The first request after a write may take at most the smallest page's p95 plus this. */
  afterWriteOverFloorMs: 20,
} as const

/** The four speed goals, judged against the smallest page of the same run. */
export function speedGoals(s: ScorecardBenchResult): SpeedGoal[] {
  const over = round(s.page.p95 - s.floor.p95)
  const afterWriteBudget = round(s.floor.p95 + GOALS.afterWriteOverFloorMs)
  const c = s.concurrent
  return [
    {
      measure: 'scorecard p95 − smallest page p95',
      goal: `≤ ${GOALS.overFloorMs} ms`,
      value: `${over} ms (${s.page.p95} − ${s.floor.p95} ms)`,
      met: over <= GOALS.overFloorMs,
    },
    {
      measure: 'scorecard HTML',
      goal: `≤ ${GOALS.htmlKb} kB`,
      value: `${s.weight.htmlKb} kB, of it ${s.weight.payloadKb} kB inline component payload`,
      met: s.weight.htmlKb <= GOALS.htmlKb,
    },
    {
      measure: `${c.users} concurrent users on the scorecard, throughput`,
      goal: `≥ ${GOALS.throughputRatio} × the smallest page's`,
      value: `${c.ratio}× (${c.page.perSecond} against ${c.floor.perSecond} req/s)`,
      met: c.ratio >= GOALS.throughputRatio,
    },
    {
      measure: 'first request after a write, p95',
      goal: `≤ smallest page p95 + ${GOALS.afterWriteOverFloorMs} ms = ${afterWriteBudget} ms`,
      value: `${s.afterChange.p95} ms`,
      met: s.afterChange.p95 <= afterWriteBudget,
    },
  ]
}
