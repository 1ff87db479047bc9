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
 * The reason of the Restatement row written with a restatement's audit event, for an event that does
 * not carry it itself: same quarter and actor, written within a few seconds of it.
 */
function restatementReason(
  restatements: readonly { quarter: string; actor: string; at: Date; reason: string }[],
  quarter: string,
  event: { actor: string; at: Date },
): string | null {
  const match = restatements.find((r) => r.quarter === quarter && r.actor === event.actor && Math.abs(r.at.getTime() - event.at.getTime()) < 5000)
  return match?.reason ?? null
}

/**
 * Every recorded change to one metric's figure and target for a scope over the given quarters,
 * newest first, from the audit log (figure and target events use "<scope>/<quarter>/<metric>" as
 * their entity id). A restatement's reason is recorded on its audit event; the Restatement table
 * backs it up for an event written without one.
 * At most HISTORY_LIMIT entries; `more` says whether older ones were left out.
 */
export async function listMetricHistory(
  scope: string,
  metricKey: string,
  quarters: readonly string[],
): Promise<{ entries: HistoryEntry[]; more: boolean }> {
  const ids = new Map(quarters.map((quarter) => [`${scope}/${quarter}/${metricKey}`, quarter]))
  const [rows, restatements] = await Promise.all([
    prisma.auditEvent.findMany({
      where: { entity: { in: ['figure', 'target'] }, entityId: { in: [...ids.keys()] } },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: HISTORY_LIMIT + 1,
    }),
    prisma.restatement.findMany({ where: { scope, metricKey, quarter: { in: [...quarters] } } }),
  ])
  const entries = rows.slice(0, HISTORY_LIMIT).map((row): HistoryEntry => {
    const after = parse(row.after)
    const quarter = ids.get(row.entityId) ?? ''
    return {
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      kind: row.entity === 'target' ? 'target' : 'figure',
      quarter,
      before: valueOf(parse(row.before)),
      after: valueOf(after),
      reason: typeof after?.reason === 'string' ? after.reason : row.action === 'figure.restate' ? restatementReason(restatements, quarter, row) : null,
    }
  })
  return { entries, more: rows.length > HISTORY_LIMIT }
}
