import { prisma } from '../client'
import { writeTransaction } from '../write-transaction'

/** OWASP ASVS 5.0 §6.3: at most 5 failed sign-ins a minute per address and per account. */
export const MAX_FAILURES = 5
export const WINDOW_MS = 60_000

/**
 * Seconds until another attempt is allowed for any of the keys, or 0 when none is limited. The
 * limit lifts by itself as failures age out of the window: there is no permanent lockout.
 */
export async function retryAfterSeconds(keys: readonly string[], now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS)
  let wait = 0
  for (const key of keys) {
    const recent = await prisma.loginFailure.findMany({ where: { key, at: { gt: since } }, orderBy: { at: 'desc' }, take: MAX_FAILURES, select: { at: true } })
    if (recent.length < MAX_FAILURES) continue
    const oldest = recent[recent.length - 1].at.getTime()
    wait = Math.max(wait, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000))
  }
  return wait
}

export async function recordFailure(keys: readonly string[], now = new Date()): Promise<void> {
  await writeTransaction(async (tx) => {
    for (const key of keys) await tx.loginFailure.create({ data: { key, at: now } })
    // Old rows serve no purpose; pruning here keeps the table small without a background job.
    await tx.loginFailure.deleteMany({ where: { at: { lt: new Date(now.getTime() - 10 * WINDOW_MS) } } })
  })
}
