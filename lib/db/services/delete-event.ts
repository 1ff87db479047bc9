import type { Prisma } from '../generated/client'
import { getSettings } from '../queries/settings'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { refreshFirstDeploys } from './ingest-first-deploy'
import { StaleMarks } from './ingest-stale-marks'

export const EVENT_KINDS = ['deployment', 'incident'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value)
}

export type DeleteEventResult = { ok: true; kind: EventKind; id: string; stale: number } | { ok: false; status: 404; message: string }

async function deleteDeployment(tx: Prisma.TransactionClient, externalId: string, marks: StaleMarks): Promise<object | null> {
  const row = await tx.deployment.findUnique({ where: { externalId }, include: { commits: { select: { sha: true } } } })
  if (!row) return null
  marks.add(row.teamId, row.deployedAt)
  await tx.deployment.delete({ where: { id: row.id } }) // its commits go with it (cascade)
  // Lead time counts each change at its first deployment: that may now be another one.
  await refreshFirstDeploys(
    tx,
    row.commits.map((c) => c.sha),
    marks,
  )
  return { deployedAt: row.deployedAt, teamId: row.teamId, failed: row.failed, commits: row.commits.length }
}

async function deleteIncident(tx: Prisma.TransactionClient, externalId: string, marks: StaleMarks): Promise<object | null> {
  const row = await tx.incident.findUnique({ where: { externalId } })
  if (!row) return null
  marks.add(row.teamId, row.openedAt)
  marks.add(row.teamId, row.resolvedAt)
  // The deployment it named as its cause counted as failed in that deployment's quarter.
  const cause = row.causedBy
    ? await tx.deployment.findUnique({ where: { externalId: row.causedBy }, select: { teamId: true, deployedAt: true } })
    : null
  if (cause) marks.add(cause.teamId, cause.deployedAt)
  await tx.incident.delete({ where: { id: row.id } })
  return { openedAt: row.openedAt, resolvedAt: row.resolvedAt, severity: row.severity, teamId: row.teamId, causedBy: row.causedBy }
}

/**
 * Deletes one deployment or incident by its external id, for an admin removing an event sent by
 * mistake (a correction is the same id sent again with the right values). In one transaction: the
 * row goes, every (scope, quarter) whose figures it fed is marked stale for recompute, and an audit
 * event keeps what was deleted.
 */
export async function deleteEvent(kind: EventKind, externalId: string, actor: string): Promise<DeleteEventResult> {
  return writeTransaction(async (tx) => {
    const { timeZone } = await getSettings(tx)
    const marks = new StaleMarks(timeZone)
    const before = kind === 'deployment' ? await deleteDeployment(tx, externalId, marks) : await deleteIncident(tx, externalId, marks)
    if (!before) return { ok: false, status: 404, message: `No ${kind} has the id "${externalId}".` }
    await marks.write(tx, new Date())
    await appendAudit(tx, {
      actor,
      action: `events.${kind}.delete`,
      entity: kind,
      entityId: externalId,
      before,
      after: { stale: marks.summary() },
    })
    return { ok: true, kind, id: externalId, stale: marks.list().length }
  })
}
