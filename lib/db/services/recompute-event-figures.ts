import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import type { EventFigure } from '@/lib/metrics/dora-events'
import { computeQuarterFigures } from '../queries/event-figures'
import { eventSourceRefs } from '../queries/event-sources'
import { getSettings } from '../queries/settings'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { ensureQuarter } from './ensure-quarter'

/** Who the audit trail names for figures the app computed itself. */
export const EVENTS_ACTOR = 'system:events'

/** Sources a recompute may replace. A manual or imported figure is a person's override and is kept. */
const REPLACEABLE_SOURCES = new Set(['events', 'demo'])

export interface RecomputeCounts {
  computed: number
  written: number
  overridesKept: number
  restated: number
}

/** The same double read back through the driver can differ in its last digits (see save-category-entry). */
function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))
}

async function writeFigure(
  tx: Prisma.TransactionClient,
  scope: string,
  quarter: string,
  figure: EventFigure,
  published: boolean,
  counts: RecomputeCounts,
  sourceRef: string | null,
): Promise<void> {
  const key = { scope, quarter, metricKey: figure.metricKey }
  await tx.computedFigure.upsert({
    where: { scope_quarter_metricKey: key },
    create: { ...key, value: figure.value, n: figure.n },
    update: { value: figure.value, n: figure.n, computedAt: new Date() },
  })
  counts.computed++
  const current = await tx.figure.findUnique({ where: { scope_quarter_metricKey: key } })
  if (current && !REPLACEABLE_SOURCES.has(current.source)) {
    counts.overridesKept++
    return
  }
  // No data from events: nothing to show, so no empty row is created and a demo placeholder stays.
  // A figure events wrote before does become blank (say, its only deployment was re-sent to another team).
  if (figure.value === null && current?.source !== 'events') return
  if (current && current.source === 'events' && sameNumber(current.value, figure.value) && current.n === figure.n && current.sourceRef === sourceRef) return
  // sourceRef names the webhook providers behind the figure ("github"); null for the events API alone.
  const data = { value: figure.value, n: figure.n, inputs: null, source: 'events', sourceRef, updatedBy: EVENTS_ACTOR }
  if (current) await tx.figure.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } } })
  else await tx.figure.create({ data: { ...key, ...data } })
  counts.written++
  const oldValue = current?.value ?? null
  // A published quarter is locked: a change from late events is a restatement, never a silent rewrite.
  if (published && !sameNumber(oldValue, figure.value)) {
    await tx.restatement.create({
      data: { ...key, oldValue, newValue: figure.value, reason: 'Recomputed from deployment and incident events after publication (late events or a new time zone)', actor: EVENTS_ACTOR },
    })
    counts.restated++
  }
}

/**
 * Recomputes one scope's quarter from events if ingestion marked it stale, in one transaction: the
 * computed values (ComputedFigure, always), the reported Figure where events own it (source
 * events/demo or none; a manual or imported override is kept, its version untouched), the
 * stale mark cleared, and one audit event with the counts. The events are read inside the
 * write-locked transaction, so no ingest can commit between the read and the clearing of its mark;
 * so are the settings, so a time-zone change that committed after the caller looked (and marked
 * this pair again) is the zone the figures are computed in. Returns null when the pair was not stale.
 */
async function recomputeOne(scope: string, quarter: string): Promise<RecomputeCounts | null> {
  return writeTransaction(
    async (tx) => {
      const mark = await tx.staleEventFigures.findUnique({ where: { scope_quarter: { scope, quarter } } })
      if (!mark) return null
      const { timeZone, defaultBenchmarkSet } = await getSettings(tx)
      const figures = await computeQuarterFigures(scope, quarter, timeZone, tx)
      const sourceRefs = await eventSourceRefs(tx, scope, quarter, timeZone)
      const counts: RecomputeCounts = { computed: 0, written: 0, overridesKept: 0, restated: 0 }
      // A quarter with figures gets its Quarter row (fixing its benchmark set), as a save by hand does.
      const quarterRow = figures.some((f) => f.value !== null)
        ? await ensureQuarter(tx, scope, quarter, defaultBenchmarkSet)
        : await tx.quarter.findUnique({ where: { scope_quarter: { scope, quarter } }, select: { publishedAt: true } })
      const published = Boolean(quarterRow?.publishedAt)
      for (const figure of figures) await writeFigure(tx, scope, quarter, figure, published, counts, sourceRefs[figure.metricKey])
      await tx.staleEventFigures.delete({ where: { scope_quarter: { scope, quarter } } })
      await appendAudit(tx, { actor: EVENTS_ACTOR, action: 'figures.recompute', entity: 'quarter', entityId: `${scope}/${quarter}`, after: counts })
      return counts
    },
    // An organisation-wide quarter over a million deployments takes about a second to read.
    { timeout: 30_000, maxWait: 30_000 },
  )
}

/**
 * Recomputes each of the given (scope, quarter) pairs that is marked stale; the others are left
 * alone. The marks are first looked up with a plain indexed read, so the common case (nothing
 * stale) costs one small query and never takes the write lock.
 */
export async function recomputeEventFigures(pairs: readonly { scope: string; quarter: string }[]): Promise<void> {
  if (pairs.length === 0) return
  const stale = await prisma.staleEventFigures.findMany({
    where: { OR: pairs.map(({ scope, quarter }) => ({ scope, quarter })) },
    select: { scope: true, quarter: true },
  })
  for (const { scope, quarter } of stale) await recomputeOne(scope, quarter)
}

/**
 * Brings one scope's quarter up to date if ingestion marked it stale (called by the ingestion
 * routes, the figures API and the scorecard before they read). Cheap when it is not stale.
 */
export async function recomputeStaleEventFigures(scope: string, quarter: string): Promise<void> {
  await recomputeEventFigures([{ scope, quarter }])
}
