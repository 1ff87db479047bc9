import { listStaleMarks, type ScopeQuarter } from '../queries/stale-marks'
import { writeActivity } from '../write-transaction'
import { jobState, pairKey, wakeRecomputeJob } from './recompute-job-state'

/** How long a request waits for the recompute of what it reads before answering with what exists. */
export const RECOMPUTE_WAIT_MS = 10_000
/** How often the marks are read again while waiting, when no recompute of this process ends sooner. */
const CHECK_MS = 200

/**
 * Waits, up to `boundMs`, until the figures of `pairs` reflect every events batch and settings
 * change committed before the call, so a figures API answer or a report export is as of every batch
 * acknowledged before its request. It never writes: it asks this process's recompute job to take
 * these pairs first, wakes it, and reads the marks until they are met. A pair is met when
 * - a recompute of it that this job began after the call has committed, or
 * - it has no stale mark, read while no write transaction of this process was open (on the
 *   adapter's one connection, a read during one would see its uncommitted clearing of the mark).
 * Resolves `updating: true` when a pair still has a mark as it answers (the bound ran out, or a
 * batch after the call marked it again): the caller then serves the last computed figures as such.
 */
export async function awaitRecompute(pairs: readonly ScopeQuarter[], boundMs = RECOMPUTE_WAIT_MS): Promise<{ updating: boolean }> {
  const deadline = Date.now() + boundMs
  const arrival = jobState()?.begun ?? 0
  for (;;) {
    const before = writeActivity()
    const marked = await listStaleMarks(pairs)
    const after = writeActivity()
    const quiet = before.open === 0 && after.open === 0 && before.begun === after.begun
    const state = jobState()
    const recomputedSince = (pair: ScopeQuarter) => (state?.finished.get(pairKey(pair)) ?? 0) > arrival
    const pending = marked.filter((pair) => !recomputedSince(pair))
    if (pending.length === 0 && quiet) return { updating: marked.length > 0 }
    const left = deadline - Date.now()
    if (left <= 0) return { updating: marked.length > 0 }
    if (state?.running) {
      for (const pair of pending) state.urgent.set(pairKey(pair), pair)
      wakeRecomputeJob()
    }
    await nextCheck(state?.progress, Math.min(left, CHECK_MS))
  }
}

/** Resolves when the job ends a recompute or after `ms`, whichever is first. */
function nextCheck(progress: Promise<void> | undefined, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms)
    timer.unref()
  })
  return Promise.race(progress ? [progress, elapsed] : [elapsed]).finally(() => clearTimeout(timer))
}
