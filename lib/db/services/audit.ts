import type { Prisma } from '../generated/client'

/**
 * Appends one audit event inside the caller's transaction, so a change and its record commit or
 * roll back together. There is deliberately no update or delete counterpart anywhere in the app.
 */
export async function appendAudit(
  tx: Prisma.TransactionClient,
  event: { actor: string; action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actor: event.actor,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    },
  })
}
