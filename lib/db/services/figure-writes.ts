import type { Prisma } from '../generated/client'
import { scopedEntityId } from '../audit-entity'
import { sameNumber } from '@/lib/metrics/same-number'
import type { FigureChange, FigureOutcome } from './change-figures'

type Tx = Prisma.TransactionClient
export type StoredFigure = Awaited<ReturnType<Tx['figure']['findMany']>>[number]

/** A change changeFigures decided to write: what is stored now, and the restatement reason (null: not published). */
export interface PlannedWrite {
  index: number
  change: FigureChange
  current: StoredFigure | null
  reason: string | null
}

// Rows per statement: well under the driver's limit on bound parameters. Files may carry thousands.
const CHUNK = 500

function chunks<T>(items: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK))
}

const rowData = (change: FigureChange, actor: string) => ({
  value: change.value,
  n: change.n,
  inputs: change.inputs ? JSON.stringify(change.inputs) : null,
  source: change.source,
  sourceRef: change.sourceRef,
  updatedBy: actor,
})

/** Writes the rows; a figure whose version moved since it was read comes back as a conflict instead. */
async function writeRows(tx: Tx, writes: readonly PlannedWrite[], actor: string): Promise<Map<number, FigureOutcome>> {
  const refused = new Map<number, FigureOutcome>()
  for (const chunk of chunks(writes.filter((w) => !w.current && !w.change.remove))) {
    await tx.figure.createMany({
      data: chunk.map(({ change }) => ({
        ...rowData(change, actor),
        scope: change.scope,
        quarter: change.quarter,
        metricKey: change.metricKey,
      })),
    })
  }
  for (const { index, change, current } of writes) {
    if (!current) continue
    // The version read is part of the WHERE clause, so the check and the write are one atomic step.
    const where = { id: current.id, version: current.version }
    const done = change.remove
      ? await tx.figure.deleteMany({ where })
      : await tx.figure.updateMany({ where, data: { ...rowData(change, actor), version: { increment: 1 } } })
    if (done.count === 1) continue
    const now = await tx.figure.findUnique({ where: { id: current.id } })
    refused.set(index, {
      status: 'conflict',
      current: now ? { value: now.value, version: now.version, updatedBy: now.updatedBy, updatedAt: now.updatedAt } : null,
    })
  }
  return refused
}

function auditRow(write: PlannedWrite, actor: string) {
  const { change, current, reason } = write
  const action = reason !== null ? 'figure.restate' : change.remove ? 'figure.remove' : current ? 'figure.update' : 'figure.create'
  const after = change.remove
    ? { value: null, removed: true }
    : {
        value: change.value,
        n: change.n,
        inputs: change.inputs,
        source: change.source,
        ...(change.sourceRef !== null ? { sourceRef: change.sourceRef } : {}),
        version: (current?.version ?? 0) + 1,
      }
  return {
    actor,
    action,
    entity: 'figure',
    entityId: scopedEntityId(change.scope, change.quarter, change.metricKey),
    before: current ? JSON.stringify({ value: current.value, n: current.n, source: current.source, version: current.version }) : null,
    after: JSON.stringify({ ...after, ...(reason !== null ? { reason } : {}) }),
  }
}

/**
 * Writes what changeFigures planned: the rows (new ones in bulk), one audit event each (appended in
 * bulk, as appendAudit would one by one), and a Restatement for each change of value in a published
 * quarter, linked to its event by id. Returns the outcome of every planned write.
 */
export async function writeFigureChanges(
  tx: Tx,
  writes: readonly PlannedWrite[],
  actor: string,
): Promise<{ index: number; outcome: FigureOutcome }[]> {
  const refused = await writeRows(tx, writes, actor)
  const written = writes.filter((w) => !refused.has(w.index))
  const eventIds = new Map<string, number>()
  for (const chunk of chunks(written)) {
    const events = await tx.auditEvent.createManyAndReturn({
      data: chunk.map((w) => auditRow(w, actor)),
      select: { id: true, entityId: true },
    })
    for (const event of events) eventIds.set(event.entityId, event.id)
  }
  const restated = written.filter(
    (w) => w.reason !== null && !sameNumber(w.current?.value ?? null, w.change.remove ? null : w.change.value),
  )
  for (const chunk of chunks(restated)) {
    await tx.restatement.createMany({
      data: chunk.map(({ change, current, reason }) => ({
        scope: change.scope,
        quarter: change.quarter,
        metricKey: change.metricKey,
        oldValue: current?.value ?? null,
        newValue: change.remove ? null : change.value,
        reason: reason ?? '',
        actor,
        auditEventId: eventIds.get(scopedEntityId(change.scope, change.quarter, change.metricKey)) ?? null,
      })),
    })
  }
  const restatedIndexes = new Set(restated.map((w) => w.index))
  return writes.map((w) => ({
    index: w.index,
    outcome: refused.get(w.index) ?? {
      status: 'written',
      version: w.change.remove ? 0 : (w.current?.version ?? 0) + 1,
      restated: restatedIndexes.has(w.index),
    },
  }))
}
