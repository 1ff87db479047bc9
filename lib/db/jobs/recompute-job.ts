import { listOldestStaleMarks, listStaleMarks, type ScopeQuarter } from '../queries/stale-marks'
import { markAllElapsedQuarters } from '../services/elapsed-quarter-marks'
import { recomputeStaleEventFigures } from '../services/recompute-event-figures'
import { awaitLull } from './arrivals'
import { jobState, pairKey, setJobState, type RecomputeJobState } from './recompute-job-state'

/** How often the job looks for marks another process wrote (the admin command line, another instance). */
const POLL_MS = 1_000
/** A pair whose recompute failed is left alone this long, so that one bad quarter cannot stall the rest. */
const RETRY_FAILED_AFTER_MS = 30_000
/** A bound on memory: `finished` holds one entry per pair ever recomputed here. */
const MAX_FINISHED = 10_000
/** How often the job marks the quarters time alone made stale (quiet quarters, a new day of the current one). */
const ELAPSED_EVERY_MS = 60_000
/**
 * While webhook deliveries stream in, the job waits for a pause this long between two of them (at
 * most DEFER_MS) before its next step, unless a request waits for it: a recompute holds the thread
 * and the connection for a while, and the marks a burst makes are recomputed once it has passed.
 */
const LULL_MS = 100
const DEFER_MS = 30_000

/**
 * Starts this process's recompute job (once; later calls do nothing while it runs): it recomputes
 * the (scope, quarter) pairs marked stale, one at a time, a waiting request's pairs first and then
 * the oldest marks. It is woken as soon as a batch or settings change of this process commits its
 * marks (wakeRecomputeJob) and otherwise looks every `pollMs`.
 *
 * Several processes may run it against one database. That is safe without any coordination here:
 * each recompute takes the write lock (SQLite's, or on PostgreSQL an advisory lock every app server
 * shares; see write-lock.ts) and re-reads the mark inside its transaction
 * (recompute-event-figures), so two jobs that pick the same pair run one after the other and the
 * second finds the mark gone and writes nothing.
 */
export function startRecomputeJob(options: { pollMs?: number } = {}): void {
  if (jobState()?.running) return
  let announce = () => {}
  const state: RecomputeJobState = {
    running: true,
    woken: true,
    resume: null,
    urgent: new Map(),
    begun: 0,
    finished: new Map(),
    progress: new Promise<void>((resolve) => (announce = resolve)),
    announceProgress: () => {
      const settle = announce
      state.progress = new Promise<void>((resolve) => (announce = resolve))
      settle()
    },
    done: Promise.resolve(),
  }
  setJobState(state)
  state.done = runJob(state, options.pollMs ?? POLL_MS)
}

/** Stops the job after the recompute in progress, if any (for tests and an orderly shutdown). */
export async function stopRecomputeJob(): Promise<void> {
  const state = jobState()
  if (!state) return
  state.running = false
  state.resume?.()
  await state.done
  if (jobState() === state) setJobState(undefined)
}

async function runJob(state: RecomputeJobState, pollMs: number): Promise<void> {
  const failedUntil = new Map<string, number>()
  let elapsedAt = 0
  while (state.running) {
    let pair: ScopeQuarter | null = null
    if (state.urgent.size === 0) await awaitLull(LULL_MS, DEFER_MS)
    try {
      // Page views no longer recompute, so the job itself turns quiet quarters into measured zeros.
      if (state.woken || Date.now() - elapsedAt >= ELAPSED_EVERY_MS) {
        elapsedAt = Date.now()
        await markAllElapsedQuarters()
      }
      pair = await nextPair(state, failedUntil)
    } catch (error) {
      console.error('recompute job: could not read the stale marks', error)
    }
    if (pair) await recomputePair(state, pair, failedUntil)
    else await pause(state, pollMs)
  }
}

/** The next pair to recompute: one a request waits for, else the oldest mark; null when none is due. */
async function nextPair(state: RecomputeJobState, failedUntil: Map<string, number>): Promise<ScopeQuarter | null> {
  state.woken = false
  const now = Date.now()
  for (const [key, until] of failedUntil) if (until <= now) failedUntil.delete(key)
  const due = (pair: ScopeQuarter) => !failedUntil.has(pairKey(pair))
  if (state.urgent.size > 0) {
    const marked = await listStaleMarks([...state.urgent.values()])
    const stillMarked = new Set(marked.map(pairKey))
    for (const key of state.urgent.keys()) if (!stillMarked.has(key)) state.urgent.delete(key)
    const first = marked.find(due)
    if (first) return first
  }
  const oldest = await listOldestStaleMarks(failedUntil.size + 1)
  return oldest.find(due) ?? null
}

async function recomputePair(state: RecomputeJobState, pair: ScopeQuarter, failedUntil: Map<string, number>): Promise<void> {
  const key = pairKey(pair)
  const ticket = ++state.begun
  try {
    await recomputeStaleEventFigures(pair.scope, pair.quarter)
    if (state.finished.size >= MAX_FINISHED) state.finished.clear()
    state.finished.set(key, ticket)
    state.urgent.delete(key)
  } catch (error) {
    failedUntil.set(key, Date.now() + RETRY_FAILED_AFTER_MS)
    console.error(`recompute job: recomputing ${key} failed; it is tried again in ${RETRY_FAILED_AFTER_MS / 1000} s`, error)
  } finally {
    state.announceProgress()
  }
}

/** Waits `ms`, or less when woken; not at all when woken since the job last looked at the marks. */
function pause(state: RecomputeJobState, ms: number): Promise<void> {
  if (state.woken || !state.running) return Promise.resolve()
  return new Promise((resolve) => {
    const end = () => {
      clearTimeout(timer)
      state.resume = null
      resolve()
    }
    // Unref'd: a pausing job never keeps the process alive on its own.
    const timer = setTimeout(end, ms)
    timer.unref()
    state.resume = end
  })
}
