import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import type { EventFigure } from '@/lib/metrics/dora-events'
import { computeQuarterFigures } from '../queries/event-figures'
import { eventSourceRefs } from '../queries/event-sources'
import { getSettings } from '../queries/settings'
import { quarterEntityId } from '../audit-entity'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { changeFigures, type FigureChange } from './change-figures'
import { markElapsedQuarters } from './elapsed-quarter-marks'

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

/** Why a published figure changed when events recompute it: the reason its restatement records. */
export const RECOMPUTE_REASON = 'Recomputed from deployment and incident events after publication (late events or a new time zone)'

/**
 * Stores the computed values (ComputedFigure, always) and says what the reported Figure should
 * become, or null where events do not own it: a manual or imported figure is a person's override and
 * is kept; with no data from events nothing is shown, so no empty row is created and a demo
 * placeholder stays, while a figure events wrote before does become blank (say, its only deployment
 * was re-sent to another team).
 */
async function computedChange(
  tx: Prisma.TransactionClient,
  scope: string,
  quarter: string,
  figure: EventFigure,
  counts: RecomputeCounts,
  sourceRef: string | null,
): Promise<FigureChange | null> {
  const key = { scope, quarter, metricKey: figure.metricKey }
  await tx.computedFigure.upsert({
    where: { scope_quarter_metricKey: key },
    create: { ...key, value: figure.value, n: figure.n },
    update: { value: figure.value, n: figure.n, computedAt: new Date() },
  })
  counts.computed++
  const current = await tx.figure.findUnique({ where: { scope_quarter_metricKey: key }, select: { source: true } })
  if (current && !REPLACEABLE_SOURCES.has(current.source)) {
    counts.overridesKept++
    return null
  }
  if (figure.value === null && current?.source !== 'events') return null
  // Events take over a demo placeholder even at the same value, so removing the demo keeps the figure.
  // sourceRef names the webhook providers behind the figure ("github"); null for the events API alone.
  return { ...key, value: figure.value, n: figure.n, inputs: null, source: 'events', sourceRef, expectedVersion: 'any', adoptSource: true }
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
      const { timeZone } = await getSettings(tx)
      const figures = await computeQuarterFigures(scope, quarter, timeZone, tx)
      const sourceRefs = await eventSourceRefs(tx, scope, quarter, timeZone)
      const counts: RecomputeCounts = { computed: 0, written: 0, overridesKept: 0, restated: 0 }
      const changes: FigureChange[] = []
      for (const figure of figures) {
        const change = await computedChange(tx, scope, quarter, figure, counts, sourceRefs[figure.metricKey] ?? null)
        if (change) changes.push(change)
      }
      // A published quarter is locked: a change from late events is a restatement, never a silent rewrite.
      const outcomes = await changeFigures(tx, changes, { actor: EVENTS_ACTOR, reason: RECOMPUTE_REASON })
      counts.written = outcomes.filter((o) => o.status === 'written').length
      counts.restated = outcomes.filter((o) => o.status === 'written' && o.restated).length
      await tx.staleEventFigures.delete({ where: { scope_quarter: { scope, quarter } } })
      await appendAudit(tx, {
        actor: EVENTS_ACTOR,
        action: 'figures.recompute',
        entity: 'quarter',
        entityId: quarterEntityId(scope, quarter),
        after: counts,
      })
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
  // Quiet quarters and a quarter in progress go stale with time alone, with no event to mark them.
  await markElapsedQuarters(pairs)
  const stale = await prisma.staleEventFigures.findMany({
    where: { OR: pairs.map(({ scope, quarter }) => ({ scope, quarter })) },
    select: { scope: true, quarter: true },
  })
  for (const { scope, quarter } of stale) await recomputeOne(scope, quarter)
}

/**
 * Brings one scope's quarter up to date if it is marked stale (called by the recompute job,
 * lib/db/jobs/recompute-job.ts; never by a read). Cheap when it is not stale.
 */
export async function recomputeStaleEventFigures(scope: string, quarter: string): Promise<void> {
  await recomputeEventFigures([{ scope, quarter }])
}
