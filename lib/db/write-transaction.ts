import { clientWriteActivity as activity, prisma, type WriteActivity } from './client'
import type { Prisma } from './generated/client'
import { lockForWrite, retryWhenBusy } from './write-lock'

/** Prisma's interactive-transaction limits, for writes that wait or run longer than the defaults. */
export type WriteTransactionOptions = { maxWait?: number; timeout?: number }

/** For one-off writes of thousands of rows (demo data): a minute to wait, and a minute to run. */
export const BULK_WRITE: WriteTransactionOptions = { maxWait: 60_000, timeout: 60_000 }

/**
 * How long a write waits for this process's own transaction in progress (the adapter runs one at a
 * time on its one connection): as long as it would wait for another process's, instead of Prisma's
 * 2 s default, so a sign-in during a long import waits rather than failing.
 */
const WAIT_FOR_TURN_MS = 10_000

/**
 * This connection's write transactions: how many are open, and how many have begun. On the
 * adapter's one connection a read made while a transaction is open sees its uncommitted rows (and
 * the data version its triggers moved on), which a rollback takes back; the read cache uses these
 * counts to keep only what it read while no write could be in flight (see read-cache.ts).
 */
export function writeActivity(): Readonly<WriteActivity> {
  return { ...activity }
}

/**
 * Runs `work` as one transaction that holds SQLite's write lock from its first statement and runs
 * again while another process (the admin command line, a restore, a second app instance) keeps the
 * database busy. Every write in lib/db/services goes through here, single statements included:
 * outside a transaction, a statement would run inside whichever transaction this process has open
 * on the shared connection, and vanish if that one rolls back.
 *
 * Why the lock first: the adapter starts a deferred transaction, and SQLite refuses at once, without
 * waiting, a transaction that has read and then wants to write while another connection holds the
 * lock. Taking the lock first makes it wait its turn instead (better-sqlite3's busy timeout) and read
 * only what the previous writer committed; the retry covers what waiting cannot (see isBusy).
 * `work` may therefore run more than once: it must keep its effects inside `tx`.
 */
export function writeTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, options?: WriteTransactionOptions): Promise<T> {
  return retryWhenBusy(async () => {
    activity.open++
    activity.begun++
    try {
      return await prisma.$transaction(
        async (tx) => {
          await lockForWrite(tx)
          return work(tx)
        },
        { maxWait: WAIT_FOR_TURN_MS, ...options },
      )
    } finally {
      activity.open--
    }
  })
}
