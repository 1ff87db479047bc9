import { dialectOf } from '../dialect'
import { asColumn, jsonElements } from '../dialect-json'
import { Prisma } from '../generated/client'
import { wakeRecomputeJob } from '../jobs/recompute-job-state'
import { getSettings } from '../queries/settings'
import { writeTransaction } from '../write-transaction'
import { trimDeliveryLog, type DeliveryOutcome } from './connector-records'
import { BatchRefusal, jsonParam, type IngestWithin } from './ingest-batch'
import { StaleMarks } from './ingest-stale-marks'

/** A queued delivery as the queue hands it to the applier: its plan is JSON, as enqueued. */
export interface QueuedDelivery {
  id: number
  connectionId: string
  plan: string
  sourceId: string | null
}

/** What became of an applied delivery, for its log line. */
export interface Settlement {
  outcome: DeliveryOutcome
  reason: string
}

/**
 * Carries out the first one or more of `deliveries` (a queued run, in receipt order) inside the
 * batch's transaction (`within.tx`), adding what they made stale to `within.marks`, and answers
 * what became of each, in order: as many settlements as it applied. It may apply several at once
 * where their order cannot matter; each sees what the ones before it wrote. It may throw: the batch
 * is then applied again one delivery at a time.
 */
export type DeliveryApplier = (within: IngestWithin, deliveries: readonly QueuedDelivery[]) => Promise<Settlement[]>

/** At most this many deliveries a transaction. */
export const QUEUE_BATCH_SIZE = 200

/**
 * A batch stops taking deliveries once it has run this long. It holds the write lock, and on SQLite
 * the process's one connection, so a delivery arriving meanwhile waits for it to commit before it can
 * be queued and answered: a short batch keeps that wait well inside the receiver's 50 ms goal.
 */
export const QUEUE_BATCH_BUDGET_MS = 20

export interface BatchOptions {
  limit?: number
  budgetMs?: number
}

const BATCH_LIMITS = { maxWait: 60_000, timeout: 60_000 }

/**
 * The oldest queued deliveries, read inside a write transaction: it holds the database's write lock
 * (SQLite's, or PostgreSQL's advisory lock every app server takes), so a second processor, in this
 * process or another, waits for this one to commit and then finds these rows no longer queued.
 */
function claim(tx: Prisma.TransactionClient, where: Prisma.DeliveryWhereInput, take: number): Promise<QueuedDelivery[]> {
  return tx.delivery
    .findMany({
      where: { ...where, outcome: 'queued' },
      orderBy: { id: 'asc' },
      take,
      select: { id: true, connectionId: true, plan: true, sourceId: true },
    })
    .then((rows) => rows.map((r) => ({ ...r, plan: r.plan ?? '{"kind":"ignore","reason":"the queued plan was lost"}' })))
}

/** Sets each applied delivery's outcome and reason and drops its plan, in one statement. */
async function settle(tx: Prisma.TransactionClient, settled: readonly [number, Settlement][]): Promise<void> {
  const sql = dialectOf(tx)
  const rows = jsonParam(settled.map(([id, s]) => [id, s.outcome, s.reason.slice(0, 500)]))
  await tx.$executeRaw`
    UPDATE "Delivery" SET "outcome" = s.value->>1, "reason" = s.value->>2, "plan" = NULL
    FROM ${jsonElements(sql, rows, 's')} WHERE "Delivery"."id" = ${asColumn(sql, Prisma.sql`s.value->>0`, 'integer')}`
}

/**
 * Applies `rows` in order in `tx` until the budget is spent (at least one), settles those, writes
 * their stale marks once and trims their logs. The ones it did not reach stay queued, untouched.
 * `attempted` collects the ids it took, for the fallback when it throws (applied one at a time, in
 * order, each only if still queued).
 */
async function applyAll(
  tx: Prisma.TransactionClient,
  rows: readonly QueuedDelivery[],
  apply: DeliveryApplier,
  deadline: number,
  attempted: number[] = [],
): Promise<number> {
  const { timeZone } = await getSettings(tx)
  const within: IngestWithin = { tx, timeZone, marks: new StaleMarks(timeZone) }
  const settled: [number, Settlement][] = []
  attempted.push(...rows.map((r) => r.id))
  while (settled.length < rows.length && (settled.length === 0 || performance.now() <= deadline)) {
    const run = rows.slice(settled.length)
    const settlements = (await apply(within, run)).slice(0, run.length)
    if (settlements.length === 0) throw new Error('the delivery applier applied nothing')
    settlements.forEach((s, i) => settled.push([run[i].id, s]))
  }
  await settle(tx, settled)
  await within.marks.write(tx, new Date())
  for (const connectionId of new Set(rows.slice(0, settled.length).map((r) => r.connectionId))) await trimDeliveryLog(tx, connectionId)
  return settled.length
}

function refusalReason(error: unknown): string {
  if (error instanceof BatchRefusal) return error.body.problem ?? error.body.error
  return `it could not be applied: ${error instanceof Error ? error.message : String(error)}`
}

/** One queued delivery in a transaction of its own; when it throws, it is logged refused with the reason. */
async function applyOne(id: number, apply: DeliveryApplier): Promise<void> {
  try {
    await writeTransaction(async (tx) => {
      const rows = await claim(tx, { id }, 1)
      if (rows.length > 0) await applyAll(tx, rows, apply, Infinity)
    }, BATCH_LIMITS)
  } catch (error) {
    const reason = refusalReason(error).slice(0, 500)
    await writeTransaction((tx) =>
      tx.delivery.updateMany({ where: { id, outcome: 'queued' }, data: { outcome: 'refused', reason, plan: null } }),
    )
  }
}

/**
 * Applies queued deliveries, oldest first, in ONE write transaction (up to `limit`, and no more once
 * `budgetMs` has run out), and marks the quarters they made stale once. When the batch throws,
 * nothing of it stays, and the deliveries it began are applied again one per transaction, so one bad
 * delivery is refused alone and the rest are stored. How many it applied (0: the queue is empty).
 */
export async function processQueuedDeliveries(apply: DeliveryApplier, options: BatchOptions = {}): Promise<number> {
  const { limit = QUEUE_BATCH_SIZE, budgetMs = QUEUE_BATCH_BUDGET_MS } = options
  let taken: number[] = []
  try {
    const count = await writeTransaction(async (tx) => {
      const deadline = performance.now() + budgetMs
      taken = []
      const rows = await claim(tx, {}, limit)
      return rows.length > 0 ? applyAll(tx, rows, apply, deadline, taken) : 0
    }, BATCH_LIMITS)
    if (count > 0) wakeRecomputeJob()
    return count
  } catch (error) {
    console.error(`delivery queue: a batch of ${taken.length} failed; applying its deliveries one at a time`, error)
    for (const id of taken) await applyOne(id, apply)
    wakeRecomputeJob()
    return taken.length
  }
}
