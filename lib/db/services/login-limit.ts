import type { Prisma } from '../generated/client'
import { prisma } from '../client'
import { writeTransaction } from '../write-transaction'
import { sweepDeadSessions } from './sessions'

/** OWASP ASVS 5.0 §6.3: at most 5 failed sign-ins a minute per address and per account. */
export const MAX_FAILURES = 5
export const WINDOW_MS = 60_000
/** Failures older than this serve no purpose and are swept. */
const KEEP_MS = 10 * WINDOW_MS

type Reader = Pick<Prisma.TransactionClient, 'loginFailure'>

/**
 * Seconds until another attempt is allowed for any of the keys, or 0 when none is limited. The
 * limit lifts by itself as failures age out of the window: there is no permanent lockout.
 */
export async function retryAfterSeconds(keys: readonly string[], now = new Date(), db: Reader = prisma): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS)
  let wait = 0
  for (const key of keys) {
    const recent = await db.loginFailure.findMany({
      where: { key, at: { gt: since } },
      orderBy: { at: 'desc' },
      take: MAX_FAILURES,
      select: { at: true },
    })
    if (recent.length < MAX_FAILURES) continue
    const oldest = recent[recent.length - 1].at.getTime()
    wait = Math.max(wait, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000))
  }
  return wait
}

async function sweep(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  await tx.loginFailure.deleteMany({ where: { at: { lt: new Date(now.getTime() - KEEP_MS) } } })
  await sweepDeadSessions(tx, now)
}

export async function recordFailure(keys: readonly string[], now = new Date()): Promise<void> {
  await writeTransaction(async (tx) => {
    for (const key of keys) await tx.loginFailure.create({ data: { key, at: now } })
    await sweep(tx, now)
  })
}

export type Attempt = { ok: true; failureIds: number[] } | { ok: false; retryAfter: number }

/**
 * The limit check and the failure count as ONE step, under SQLite's write lock: an attempt counts
 * as a failure from the moment it is allowed, before its password is checked, and the count is
 * taken back only if the password proves right. Checking first and counting after the slow hash
 * let 150 parallel guesses all pass the check before any was counted (9 tries instead of 5).
 * Each sign-in also sweeps old failures and dead sessions, so neither table grows without bound.
 */
export async function reserveAttempt(keys: readonly string[], now = new Date()): Promise<Attempt> {
  return writeTransaction(async (tx) => {
    await sweep(tx, now)
    const retryAfter = await retryAfterSeconds(keys, now, tx)
    if (retryAfter > 0) return { ok: false, retryAfter }
    const failureIds: number[] = []
    for (const key of keys) failureIds.push((await tx.loginFailure.create({ data: { key, at: now }, select: { id: true } })).id)
    return { ok: true, failureIds }
  })
}

/** Takes back the failures an attempt counted in advance, once its password proved right. */
export async function releaseAttempt(failureIds: readonly number[]): Promise<void> {
  await writeTransaction((tx) => tx.loginFailure.deleteMany({ where: { id: { in: [...failureIds] } } }))
}
