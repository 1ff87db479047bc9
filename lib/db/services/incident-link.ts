import { incidentLinkSchema } from '@/lib/validation/incident-link-schema'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import { getSettings } from '../queries/settings'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { StaleMarks } from './ingest-stale-marks'

export type IncidentLinkResult = { ok: true; changed: boolean; causedBy: string | null } | { ok: false; fieldErrors: FieldErrors }

/**
 * A person changes or removes the deployment an incident is linked to (the rule's link, or the one
 * the events named). The link decides which deployment counts as failed and which incidents count
 * for recovery time, so in one transaction: the link and who set it are stored (a resend of the
 * incident then keeps it), the quarters of the old and the new cause and of the incident itself are
 * marked for recompute, and the audit keeps the link before and after.
 */
export async function setIncidentLink(input: unknown, actor: string): Promise<IncidentLinkResult> {
  const parsed = incidentLinkSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { incident: externalId, deployment } = parsed.data
  return writeTransaction(async (tx): Promise<IncidentLinkResult> => {
    const row = await tx.incident.findUnique({ where: { externalId } })
    if (!row) return { ok: false, fieldErrors: { incident: `No incident has the id "${externalId}".` } }
    const next = deployment === null ? null : await tx.deployment.findUnique({ where: { externalId: deployment } })
    if (deployment !== null && !next) return { ok: false, fieldErrors: { deployment: `No deployment has the id "${deployment}".` } }
    if (row.causedBy === deployment) return { ok: true, changed: false, causedBy: row.causedBy }
    const { timeZone } = await getSettings(tx)
    const marks = new StaleMarks(timeZone)
    marks.add(row.teamId, row.openedAt)
    marks.add(row.teamId, row.resolvedAt)
    const previous = row.causedBy ? await tx.deployment.findUnique({ where: { externalId: row.causedBy } }) : null
    for (const d of [previous, next]) if (d) marks.add(d.teamId, d.deployedAt)
    await tx.incident.update({ where: { id: row.id }, data: { causedBy: deployment, causeSetBy: actor } })
    await marks.write(tx, new Date())
    await appendAudit(tx, {
      actor,
      action: 'events.incident.link',
      entity: 'incident',
      entityId: externalId,
      before: { causedBy: row.causedBy, setBy: row.causeSetBy ?? (row.causedBy ? 'rule or event' : null) },
      after: { causedBy: deployment, setBy: actor, stale: marks.summary() },
    })
    return { ok: true, changed: true, causedBy: deployment }
  })
}
