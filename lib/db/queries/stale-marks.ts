import { prisma } from '../client'
import { cachedRead } from '../read-cache'

/** A scope's quarter, as the stale marks name it. */
export interface ScopeQuarter {
  scope: string
  quarter: string
}

/**
 * Which of a scope's quarters have event figures waiting to be recomputed (a stale mark): their
 * pages show the last computed figures, marked as updating. One indexed read; kept in memory until
 * the data changes (StaleEventFigures is versioned, so a mark written or cleared is seen at once).
 */
export const listUpdatingQuarters = cachedRead(
  'updating-quarters',
  async (scope: string, quarters: readonly string[]): Promise<string[]> => {
    if (quarters.length === 0) return []
    const rows = await prisma.staleEventFigures.findMany({ where: { scope, quarter: { in: [...quarters] } }, select: { quarter: true } })
    const marked = new Set(rows.map((r) => r.quarter))
    return quarters.filter((q) => marked.has(q))
  },
)

/** Which of the given pairs are marked stale now, read afresh (for a request waiting on the recompute). */
export async function listStaleMarks(pairs: readonly ScopeQuarter[]): Promise<ScopeQuarter[]> {
  if (pairs.length === 0) return []
  return prisma.staleEventFigures.findMany({
    where: { OR: pairs.map(({ scope, quarter }) => ({ scope, quarter })) },
    select: { scope: true, quarter: true },
  })
}

/**
 * The marks that have waited longest, oldest first: the recompute job's queue. `limit` lets the job
 * look past marks it is leaving alone for a while (one whose recompute just failed).
 */
export async function listOldestStaleMarks(limit: number): Promise<ScopeQuarter[]> {
  return prisma.staleEventFigures.findMany({
    orderBy: [{ markedAt: 'asc' }, { scope: 'asc' }, { quarter: 'asc' }],
    take: limit,
    select: { scope: true, quarter: true },
  })
}
