import { prisma } from '../client'
import { recomputeStaleEventFigures } from '../services/recompute-event-figures'

/** A figure as computed from events, kept even when a person's figure overrides it (plain data). */
export interface ComputedFact {
  value: number | null
  n: number
  /** ISO 8601, UTC. */
  computedAt: string
}

/**
 * The computed figures of one scope and quarter, by metric key (one indexed read). A quarter that
 * ingestion marked stale is recomputed first (pages read this beside getScorecard, which does the
 * same; whichever runs second finds the mark cleared and only reads).
 */
export async function listComputedFigures(scope: string, quarter: string): Promise<Record<string, ComputedFact>> {
  await recomputeStaleEventFigures(scope, quarter)
  const rows = await prisma.computedFigure.findMany({ where: { scope, quarter } })
  return Object.fromEntries(rows.map((r) => [r.metricKey, { value: r.value, n: r.n, computedAt: r.computedAt.toISOString() }]))
}
