import { setTimeout as sleep } from 'node:timers/promises'
import { processState } from './process-state'

/**
 * When the last webhook delivery arrived in this process. The background work a delivery sets off
 * (applying the queue, recomputing figures) runs on the same thread and, on SQLite, the same
 * connection as the receiver, so while deliveries stream in it waits for a pause rather than delay
 * each answer; it never waits longer than its own bound, so a steady stream still gets applied.
 */
interface Arrivals {
  lastAt: number
}

const shared = processState<Arrivals>('arrivals')

function arrivals(): Arrivals {
  let a = shared.get()
  if (!a) shared.set((a = { lastAt: 0 }))
  return a
}

/** The receiver calls this as a delivery arrives. */
export function noteArrival(): void {
  arrivals().lastAt = performance.now()
}

/** How long to wait for: until no delivery has arrived for `quietMs`, but `maxMs` at most. */
export async function awaitLull(quietMs: number, maxMs: number): Promise<void> {
  const deadline = performance.now() + maxMs
  for (;;) {
    const now = performance.now()
    const quietFor = now - arrivals().lastAt
    if (quietFor >= quietMs || now >= deadline) return
    await sleep(Math.min(quietMs - quietFor, deadline - now) + 1)
  }
}
