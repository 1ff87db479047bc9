import { setTimeout as sleep } from 'node:timers/promises'
import { dialectOf } from './dialect'
import { Prisma } from './generated/client'

// The pieces of a safe write; services use them together through writeTransaction (write-transaction.ts).

/** The advisory lock every write transaction takes on PostgreSQL (any fixed number of our own). */
export const WRITE_LOCK_KEY = 7_214_002

/**
 * Takes the database's write lock as the transaction's first statement, so that writers take turns
 * whichever app server or process they run in. SQLite: as BEGIN IMMEDIATE would (the driver adapter
 * only issues a plain, deferred BEGIN); the UPDATE matches no row, so it changes nothing. Locked from
 * the start, a save waits its turn (better-sqlite3's busy timeout) and then reads what the previous
 * writer committed, so a version check inside it is exact across processes too. PostgreSQL: a
 * transaction-scoped advisory lock, released at commit or rollback, gives the same order; each
 * statement after it (READ COMMITTED) sees everything the previous writer committed.
 */
export async function lockForWrite(tx: Prisma.TransactionClient): Promise<void> {
  if (dialectOf(tx) === 'postgresql') await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`
  else await tx.$executeRaw`UPDATE "Quarter" SET "id" = "id" WHERE 1 = 0`
}

/** A unique index refused a row that another writer created first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

/**
 * SQLite refused the lock because another process holds it. A transaction that has already read
 * (the adapter runs this process's other queries on the same connection, so an outside read can
 * join it) is refused at once, without waiting: SQLITE_BUSY, or SQLITE_BUSY_SNAPSHOT when its
 * snapshot is stale. Nothing was written; the whole transaction can run again.
 */
export function isBusy(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false
  const adapterError = error.meta?.driverAdapterError as { cause?: { originalCode?: unknown } } | undefined
  const code = adapterError?.cause?.originalCode ?? error.code
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY')
}

const RETRY_FOR_MS = 10_000

/**
 * Runs a transaction again, after a short random pause, while SQLite answers busy; for up to 10 s,
 * then the last error stands. Each run starts afresh, so it reads what the others committed.
 */
export async function retryWhenBusy<T>(transaction: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + RETRY_FOR_MS
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction()
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error
      await sleep(Math.random() * Math.min(100, 5 * attempt))
    }
  }
}
