import type { Prisma } from '../generated/client'
import { DELIVERY_LOG_SIZE } from '../queries/connections'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

/** A commit as a push reported it. */
export interface PushedChange {
  sha: string
  committedAt: Date
  /** "#12" (GitHub pull request) or "!12" (GitLab merge request) when the commit merged one. */
  changeRef: string | null
}

/** What became of a delivery; `queued` until the delivery queue has applied it. */
export type DeliveryOutcome = 'stored' | 'ignored' | 'refused'
export type DeliveryLogOutcome = DeliveryOutcome | 'queued'

type LogLine = { eventType: string; outcome: DeliveryLogOutcome; reason: string; sourceId: string | null }

function lineData(connectionId: string, line: LogLine) {
  return {
    connectionId,
    eventType: line.eventType.slice(0, 100),
    outcome: line.outcome,
    reason: line.reason.slice(0, 500),
    sourceId: line.sourceId?.slice(0, 300) ?? null,
  }
}

/**
 * Drops a connection's log lines beyond the last 200, never a queued one: a delivery acknowledged
 * with 200 stays until the queue has applied it, however many arrive meanwhile.
 */
export async function trimDeliveryLog(tx: Prisma.TransactionClient, connectionId: string): Promise<void> {
  const keep = await tx.delivery.findMany({
    where: { connectionId },
    orderBy: { id: 'desc' },
    skip: DELIVERY_LOG_SIZE,
    take: 1,
    select: { id: true },
  })
  if (keep[0]) await tx.delivery.deleteMany({ where: { connectionId, id: { lte: keep[0].id }, outcome: { not: 'queued' } } })
}

/**
 * Appends one line to a connection's delivery log and drops the lines beyond the last 200. The log
 * is itself the record of what arrived, so it takes no audit event; what a delivery stored carries
 * its own (from the ingest services). Never the body: it may hold personal data.
 */
export async function recordDelivery(
  connectionId: string,
  line: { eventType: string; outcome: DeliveryOutcome; reason: string; sourceId: string | null },
): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.delivery.create({ data: lineData(connectionId, line) })
    await trimDeliveryLog(tx, connectionId)
  })
}

/**
 * Stores a push's commits for their ref; a commit already stored for the ref is left as it is
 * (redelivery). In `within`, a transaction the caller owns (the delivery queue's batch), else its own.
 */
export async function storePushedCommits(
  connectionId: string,
  repo: string,
  ref: string,
  commits: readonly PushedChange[],
  actor: string,
  within?: Prisma.TransactionClient,
): Promise<{ created: number }> {
  const work = async (tx: Prisma.TransactionClient) => {
    const existing = await tx.pushedCommit.findMany({
      where: { connectionId, repo, ref, sha: { in: commits.map((c) => c.sha) } },
      select: { sha: true },
    })
    const known = new Set(existing.map((e) => e.sha))
    // Ids follow push order (oldest commit first within a push), which is what "up to the deployed sha" walks.
    const fresh = commits.filter((c) => !known.has(c.sha))
    for (const c of fresh)
      await tx.pushedCommit.create({ data: { connectionId, repo, ref, sha: c.sha, committedAt: c.committedAt, changeRef: c.changeRef } })
    if (fresh.length > 0)
      await appendAudit(tx, {
        actor,
        action: 'connection.push',
        entity: 'connection',
        entityId: connectionId,
        after: { repo, ref, commits: fresh.length },
      })
    return { created: fresh.length }
  }
  return within ? work(within) : writeTransaction(work)
}
