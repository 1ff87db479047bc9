import { processQueuedDeliveries, type DeliveryApplier } from '../services/delivery-queue'
import { awaitLull } from './arrivals'
import { processState } from './process-state'

/**
 * How often the queue looks for deliveries nobody kicked it for: ones another app server queued and
 * could not apply (it stopped in between). Its own deliveries are applied as soon as they are queued.
 */
const POLL_MS = 5_000
/**
 * While deliveries stream in, a batch waits for a pause this long between two of them, and at most
 * MAX_DEFER_MS: the receiver's answers stay fast, and the queue catches up in the lulls.
 */
const LULL_MS = 30
const MAX_DEFER_MS = 500

interface DeliveryQueueState {
  running: boolean
  apply: DeliveryApplier
  /** Set by a kick during a run: the run goes round once more instead of starting a second one. */
  again: boolean
  /** The run in progress, if any; at most one per process. */
  active: Promise<void> | null
  timer: NodeJS.Timeout | null
}

// One per process, as the recompute job's state (see process-state.ts).
const shared = processState<DeliveryQueueState>('delivery-queue')
const queueState = () => shared.get()

/**
 * Starts this process's delivery queue (once): it applies what is queued now (deliveries left over
 * from before a restart), then whatever a kick announces, and looks every few seconds besides.
 */
export function startDeliveryQueue(apply: DeliveryApplier, options: { pollMs?: number } = {}): void {
  if (queueState()?.running) return
  const state: DeliveryQueueState = { running: true, apply, again: false, active: null, timer: null }
  shared.set(state)
  const poll = () => {
    kickDeliveryQueue()
    state.timer = setTimeout(poll, options.pollMs ?? POLL_MS)
    // Unref'd: the poll never keeps the process alive on its own.
    state.timer.unref()
  }
  poll()
}

/**
 * Called after a delivery is queued: the queue applies it now. Kicks during a run coalesce, so a
 * burst of deliveries makes a few batches, not one run each. Does nothing where no queue runs (the
 * admin command line, tests: they drain it themselves).
 */
export function kickDeliveryQueue(): void {
  const state = queueState()
  if (!state?.running) return
  if (state.active) {
    state.again = true
    return
  }
  state.active = run(state).finally(() => (state.active = null))
}

async function run(state: DeliveryQueueState): Promise<void> {
  do {
    state.again = false
    try {
      for (;;) {
        await awaitLull(LULL_MS, MAX_DEFER_MS)
        if (!state.running || (await processQueuedDeliveries(state.apply)) === 0) break
      }
    } catch (error) {
      // The rows stay queued; the next kick or poll tries again.
      console.error('delivery queue: could not apply the queued deliveries', error)
      return
    }
  } while (state.again && state.running)
}

/** Stops the queue after the batch in progress (for tests and an orderly shutdown); queued rows stay queued. */
export async function stopDeliveryQueue(): Promise<void> {
  const state = queueState()
  if (!state) return
  state.running = false
  if (state.timer) clearTimeout(state.timer)
  await state.active
  if (queueState() === state) shared.set(undefined)
}

/** Applies queued deliveries until none is left (tests, the bench, the admin command line). */
export async function drainDeliveryQueue(apply: DeliveryApplier): Promise<void> {
  while ((await processQueuedDeliveries(apply)) > 0);
}
