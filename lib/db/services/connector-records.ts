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

export type DeliveryOutcome = 'stored' | 'ignored' | 'refused'

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
    await tx.delivery.create({
      data: {
        connectionId,
        eventType: line.eventType.slice(0, 100),
        outcome: line.outcome,
        reason: line.reason.slice(0, 500),
        sourceId: line.sourceId?.slice(0, 300) ?? null,
      },
    })
    const keep = await tx.delivery.findMany({
      where: { connectionId },
      orderBy: { id: 'desc' },
      skip: DELIVERY_LOG_SIZE,
      take: 1,
      select: { id: true },
    })
    if (keep[0]) await tx.delivery.deleteMany({ where: { connectionId, id: { lte: keep[0].id } } })
  })
}

/** Stores a push's commits for their ref; a commit already stored for the ref is left as it is (redelivery). */
export async function storePushedCommits(
  connectionId: string,
  repo: string,
  ref: string,
  commits: readonly PushedChange[],
  actor: string,
): Promise<{ created: number }> {
  return writeTransaction(async (tx) => {
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
  })
}
