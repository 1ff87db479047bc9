import type { Prisma } from '../generated/client'
import { scopedEntityId } from '../audit-entity'
import { getMetric } from '@/lib/metrics/catalogue'
import { compareQuarters } from '@/lib/metrics/quarters'
import { sameNumber } from '@/lib/metrics/same-number'
import { effectiveTarget, type TargetRecord } from '@/lib/metrics/targets'
import type { FigureSource } from './change-figures'
import { QuarterLocks } from './quarter-lock'

type Tx = Prisma.TransactionClient

/** A target as a writer wants it from this quarter on; null stops a carried-over target. */
export interface TargetChange {
  scope: string
  quarter: string
  metricKey: string
  value: number | null
}

export interface TargetChangeContext {
  actor: string
  /** Why a published quarter changes; required for any change to one (else ReasonRequiredError). */
  reason: string | null
  source: FigureSource
}

const SCOPES_PER_QUERY = 500

/** Every target record of the scopes up to the last quarter changed, per scope and metric. */
async function readRecords(tx: Tx, changes: readonly TargetChange[]): Promise<Map<string, TargetRecord[]>> {
  const records = new Map<string, TargetRecord[]>()
  const scopes = [...new Set(changes.map((c) => c.scope))]
  const last =
    changes
      .map((c) => c.quarter)
      .sort()
      .at(-1) ?? ''
  for (let i = 0; i < scopes.length; i += SCOPES_PER_QUERY) {
    const rows = await tx.target.findMany({
      where: { scope: { in: scopes.slice(i, i + SCOPES_PER_QUERY) }, quarter: { lte: last } },
      select: { scope: true, quarter: true, metricKey: true, value: true },
    })
    for (const row of rows) {
      const key = `${row.scope}/${row.metricKey}`
      records.set(key, [...(records.get(key) ?? []), row])
    }
  }
  return records
}

/**
 * The one way to change targets, inside the caller's transaction. A target carries over to later
 * quarters until changed, so a change is written only where it differs from the target in force
 * (set, carried or the catalogue's default); changes are applied oldest quarter first, so a target
 * set by one carries into the later ones of the same call. A metric that is never scored has no
 * target and is skipped. A change to a published quarter needs the reason (as for figures) and
 * carries it on its "target.set" audit event. Returns how many targets were written.
 */
export async function changeTargets(tx: Tx, changes: readonly TargetChange[], context: TargetChangeContext): Promise<number> {
  const scored = changes.filter((c) => getMetric(c.metricKey).direction !== 'none')
  const records = await readRecords(tx, scored)
  const locks = new QuarterLocks(tx, context.reason)
  const events: Prisma.AuditEventCreateManyInput[] = []
  const ordered = [...scored].sort((a, b) => compareQuarters(a.quarter, b.quarter))
  for (const change of ordered) {
    const list = records.get(`${change.scope}/${change.metricKey}`) ?? []
    const current = effectiveTarget(list, change.metricKey, change.quarter)
    if (sameNumber(current.value, change.value)) continue
    const reason = await locks.reasonFor(change.scope, change.quarter)
    const key = { scope: change.scope, quarter: change.quarter, metricKey: change.metricKey }
    const isDemo = context.source === 'demo'
    await tx.target.upsert({
      where: { scope_quarter_metricKey: key },
      create: { ...key, value: change.value, updatedBy: context.actor, isDemo },
      update: { value: change.value, updatedBy: context.actor, isDemo },
    })
    // Later quarters of this call see the target this one sets.
    records.set(`${change.scope}/${change.metricKey}`, [
      ...list.filter((r) => r.quarter !== change.quarter),
      { ...key, value: change.value },
    ])
    events.push({
      actor: context.actor,
      action: 'target.set',
      entity: 'target',
      entityId: scopedEntityId(change.scope, change.quarter, change.metricKey),
      before: JSON.stringify({ value: current.value, origin: current.origin }),
      after: JSON.stringify({ value: change.value, source: context.source, ...(reason !== null ? { reason } : {}) }),
    })
  }
  // As appendAudit would append them one by one, in one statement per 500: an import may set thousands.
  for (let i = 0; i < events.length; i += 500) await tx.auditEvent.createMany({ data: events.slice(i, i + 500) })
  return events.length
}

/** Takes away the demo targets; the "demo.remove" audit event that the caller appends records them. */
export async function removeDemoTargets(tx: Tx): Promise<number> {
  return (await tx.target.deleteMany({ where: { isDemo: true } })).count
}
