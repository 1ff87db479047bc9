import { dialectOf } from '../dialect'
import { asColumn, jsonElements } from '../dialect-json'
import { Prisma } from '../generated/client'
import { addQuarters, isQuarterKey, quarterKey, type QuarterKey } from '@/lib/metrics/quarters'
import { quarterBoundsUtc } from '@/lib/metrics/time-zone'
import { jsonParam, storedInstant } from './ingest-batch'

const BOUNDS = new Map<string, { start: number; end: number }>()

/**
 * The calendar quarter of an instant in a time zone, as quarterOf gives, but fast enough for every
 * event of a batch: the UTC quarter is a guess at most one quarter off (offsets are under a day),
 * checked against that quarter's local bounds, which are computed once per quarter.
 */
export function quarterResolver(timeZone: string): (at: Date) => QuarterKey {
  const boundsOf = (key: QuarterKey) => {
    // Shared by every batch: a quarter's bounds in a zone never change (zone rules are the runtime's).
    const cacheKey = `${timeZone}|${key}`
    let b = BOUNDS.get(cacheKey)
    if (!b) {
      const { start, end } = quarterBoundsUtc(key, timeZone)
      b = { start: start.getTime(), end: end.getTime() }
      if (BOUNDS.size > 10_000) BOUNDS.clear()
      BOUNDS.set(cacheKey, b)
    }
    return b
  }
  return (at) => {
    const guess = quarterKey(at.getUTCFullYear(), Math.floor(at.getUTCMonth() / 3) + 1)
    const t = at.getTime()
    const { start, end } = boundsOf(guess)
    if (t < start) return addQuarters(guess, -1)
    if (t >= end) return addQuarters(guess, 1)
    return guess
  }
}

/**
 * The (scope, quarter) pairs a batch changed, marked stale in the batch's own transaction so the
 * recompute job (lib/db/jobs/recompute-job.ts) brings their figures up to date. An event counts for
 * its team and for the organisation, so both scopes are marked.
 */
export class StaleMarks {
  private readonly pairs = new Map<string, { scope: string; quarter: string }>()
  private readonly quarterOf: (at: Date) => QuarterKey

  constructor(timeZone: string) {
    this.quarterOf = quarterResolver(timeZone)
  }

  /** `at` as a Date or as stored text; null (an open incident's resolvedAt) marks nothing. */
  add(teamId: string | null, at: Date | string | null): void {
    if (at === null) return
    const quarter = this.quarterOf(typeof at === 'string' ? new Date(at) : at)
    // An event stored before the event window existed may lie in a year no page can show.
    if (!isQuarterKey(quarter)) return
    this.pairs.set(`org|${quarter}`, { scope: 'org', quarter })
    if (teamId !== null) this.pairs.set(`${teamId}|${quarter}`, { scope: teamId, quarter })
  }

  /** Takes in another set's pairs (an ingest's, into its shared transaction's). */
  merge(other: StaleMarks): void {
    for (const pair of other.list()) this.pairs.set(`${pair.scope}|${pair.quarter}`, pair)
  }

  list(): { scope: string; quarter: string }[] {
    return [...this.pairs.values()]
  }

  /** For the audit event: how many pairs, and the first few by name. */
  summary(): { count: number; first: string[] } {
    const names = this.list().map((p) => `${p.scope}/${p.quarter}`)
    return { count: names.length, first: names.slice(0, 20) }
  }

  /** Upserts the marks; markedAt moves on, so a recompute that read before this batch is seen to be stale. */
  async write(tx: Prisma.TransactionClient, now: Date): Promise<void> {
    await writeStaleMarks(tx, this.list(), now)
  }
}

/** Marks (scope, quarter) pairs stale in one statement, whatever their number; existing marks get `now`. */
export async function writeStaleMarks(
  tx: Prisma.TransactionClient,
  pairs: readonly { scope: string; quarter: string }[],
  now: Date,
): Promise<void> {
  if (pairs.length === 0) return
  const rows = jsonParam(pairs.map((p) => [p.scope, p.quarter]))
  const sql = dialectOf(tx)
  await tx.$executeRaw`
    INSERT INTO "StaleEventFigures" ("scope", "quarter", "markedAt")
    SELECT value->>0, value->>1, ${asColumn(sql, Prisma.sql`${storedInstant(now)}`, 'instant')} FROM ${jsonElements(sql, rows)} WHERE true
    ON CONFLICT ("scope", "quarter") DO UPDATE SET "markedAt" = excluded."markedAt"`
}
