import { parseScopedEntityId, scopedEntityId } from '../audit-entity'
import { prisma } from '../client'

/** One recorded change to a metric's figure or target. */
export interface HistoryEntry {
  id: number
  /** UTC instant of the change. */
  at: Date
  actor: string
  /** figure.create | figure.update | figure.restate | target.set (as recorded). */
  action: string
  kind: 'figure' | 'target'
  quarter: string
  /** The value before; null for a blank, undefined when there was nothing before (a first entry). */
  before: number | null | undefined
  after: number | null | undefined
  /** Why, for a change to a published quarter. */
  reason: string | null
}

export const HISTORY_LIMIT = 200

function parse(json: string | null): Record<string, unknown> | null {
  if (!json) return null
  try {
    const value: unknown = JSON.parse(json)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

function valueOf(record: Record<string, unknown> | null): number | null | undefined {
  if (!record || !('value' in record)) return undefined
  return typeof record.value === 'number' ? record.value : null
}

/**
 * Every recorded change to one metric's figure and target for a scope over the given quarters,
 * newest first, from the audit log (figure and target events use "<scope>/<quarter>/<metric>" as
 * their entity id, see audit-entity.ts). A restatement's reason is recorded on its audit event; the
 * Restatement row linked to the event backs it up for an event written without one.
 * At most HISTORY_LIMIT entries; `more` says whether older ones were left out.
 */
export async function listMetricHistory(
  scope: string,
  metricKey: string,
  quarters: readonly string[],
): Promise<{ entries: HistoryEntry[]; more: boolean }> {
  const ids = quarters.map((quarter) => scopedEntityId(scope, quarter, metricKey))
  const rows = await prisma.auditEvent.findMany({
    where: { entity: { in: ['figure', 'target'] }, entityId: { in: ids } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: HISTORY_LIMIT + 1,
    include: { restatement: { select: { reason: true } } },
  })
  const entries = rows.slice(0, HISTORY_LIMIT).map((row): HistoryEntry => {
    const after = parse(row.after)
    return {
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      kind: row.entity === 'target' ? 'target' : 'figure',
      quarter: parseScopedEntityId(row.entityId)?.quarter ?? '',
      before: valueOf(parse(row.before)),
      after: valueOf(after),
      reason: typeof after?.reason === 'string' ? after.reason : (row.restatement?.reason ?? null),
    }
  })
  return { entries, more: rows.length > HISTORY_LIMIT }
}
