import type { ScopeQuarter } from '../queries/stale-marks'
import { processState } from './process-state'

/**
 * What this process's recompute job shares with the writers that wake it and the requests that wait
 * on it (one per process: see process-state.ts).
 */
export interface RecomputeJobState {
  running: boolean
  /** Set by wake: marks may have been written since the job last looked, so it must not pause. */
  woken: boolean
  /** Ends the job's current pause, when it is pausing. */
  resume: (() => void) | null
  /** Pairs a waiting request needs, recomputed before older marks. */
  urgent: Map<string, ScopeQuarter>
  /** How many recomputes this job has begun: a waiter notes the count when it arrives. */
  begun: number
  /** Per pair, the count (of `begun`) of its latest recompute that committed here. */
  finished: Map<string, number>
  /** Settled after each recompute, committed or failed, then replaced; waiters race it against a timer. */
  progress: Promise<void>
  announceProgress: () => void
  /** Settles when the job's loop has ended. */
  done: Promise<void>
}

const job = processState<RecomputeJobState>('recompute-job')

export function jobState(): RecomputeJobState | undefined {
  return job.get()
}

export function setJobState(state: RecomputeJobState | undefined): void {
  job.set(state)
}

export function pairKey(pair: ScopeQuarter): string {
  return `${pair.scope}|${pair.quarter}`
}

/**
 * Called by a write that committed stale marks (an events batch, a new time zone), so this process's
 * job recomputes them now rather than at its next poll. Does nothing where no job runs (the admin
 * command line, tests): the job of the server, polling, finds those marks.
 */
export function wakeRecomputeJob(): void {
  const state = jobState()
  if (!state?.running) return
  state.woken = true
  state.resume?.()
}
