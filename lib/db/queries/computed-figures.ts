import { prisma } from '../client'

/** A figure as computed from events, kept even when a person's figure overrides it (plain data). */
export interface ComputedFact {
  value: number | null
  n: number
  /** ISO 8601, UTC. */
  computedAt: string
}

/**
 * The computed figures of one scope and quarter, by metric key (one indexed read): as last computed,
 * even while the quarter is marked for a recompute.
 */
export async function listComputedFigures(scope: string, quarter: string): Promise<Record<string, ComputedFact>> {
  const rows = await prisma.computedFigure.findMany({ where: { scope, quarter } })
  return Object.fromEntries(rows.map((r) => [r.metricKey, { value: r.value, n: r.n, computedAt: r.computedAt.toISOString() }]))
}
