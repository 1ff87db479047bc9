import { median } from '@/lib/metrics/dora-events'
import { commaList, dialectOf, keepSubquery, rowPosition, type Dialect } from '../dialect'
import { Prisma } from '../generated/client'

/** A client to read with: the app's, or a transaction's. */
export type SqlReader = Pick<Prisma.TransactionClient, '$queryRaw'>

/**
 * Durations to take the median of: `ms` (an expression in whole milliseconds) over the rows of
 * `table` that match `where` (the quarter's indexed range and scope). Only durations ≥ `min` count.
 */
export interface Durations {
  table: Prisma.Sql
  where: Prisma.Sql
  ms: Prisma.Sql
  min: number
}

export interface MedianTuning {
  /** Up to this many durations, all are read in one scan and the median is taken in JS. */
  exactUpTo: number
  /** Rows in the sample that brackets the median; larger samples give narrower brackets. */
  sampleSize: number
  /** Half-width of the bracket in sample ranks, in standard deviations of the sample median's rank. */
  marginSd: number
  /**
   * The sample takes runs of this many consecutive rowids: neighbours share a table page, so the
   * sample reads a few pages instead of nearly all of them (every 29th row alone touches each page).
   */
  run: number
}

/** Measured on 240k lead times (bench/compute-bench.ts); tests pass smaller values to reach every path. */
export const MEDIAN_TUNING: MedianTuning = { exactUpTo: 20_000, sampleSize: 8_000, marginSd: 6, run: 64 }

function num(value: bigint | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value)
}

/**
 * The rows' durations, computed once per row: keepSubquery stops the planner from flattening the
 * subquery, which would otherwise evaluate the duration expression again for each reference.
 */
function durations(sql: Dialect, d: Durations, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`(SELECT ${d.ms} AS ms FROM ${d.table} WHERE ${d.where} ${extra} ${keepSubquery(sql)}) AS durations`
}

/** The median of two middle values (even count) or the middle one, read by ORDER BY … LIMIT/OFFSET. */
async function middleOf(db: SqlReader, d: Durations, n: number): Promise<number> {
  const take = n % 2 === 1 ? 1 : 2
  const rows = await db.$queryRaw<{ ms: bigint | number }[]>`
    SELECT ms FROM ${durations(dialectOf(db), d)} WHERE ms >= ${d.min} ORDER BY ms LIMIT ${take} OFFSET ${(n - 1) >> 1}`
  return take === 1 ? num(rows[0].ms) : (num(rows[0].ms) + num(rows[1].ms)) / 2
}

async function exactMedian(db: SqlReader, d: Durations): Promise<{ ms: number | null; n: number }> {
  const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM ${durations(dialectOf(db), d)} WHERE ms >= ${d.min}`
  const count = num(n)
  return count === 0 ? { ms: null, n: 0 } : { ms: await middleOf(db, d, count), n: count }
}

/** Whole numbers from a commaList() (one string, which crosses the driver far faster than rows). */
function parseList(list: string | null): number[] {
  return list ? list.split(',').map(Number) : []
}

/**
 * Median of whole-millisecond durations, exact, and the number of durations it was taken over.
 *
 * Up to tuning.exactUpTo durations (a team's quarter, a quarter's incidents), one scan returns them
 * all as one string and the median is taken here: cheaper than counting and then sorting in SQL.
 * Beyond that, sorting a quarter's quarter-million lead times in SQLite costs about half a second
 * (an ORDER BY with a large OFFSET keeps that many rows in a temporary B-tree). So: a systematic
 * sample (runs of consecutive rowids, filtered in the index before any table read) brackets the
 * median; then ONE scan counts all durations and those below the bracket, and returns the few
 * percent inside it, which are sorted here. If the bracket missed the middle (the counts say so),
 * the textbook count and ORDER BY … LIMIT/OFFSET answers instead: the result is always exact.
 */
export async function medianMs(
  db: SqlReader,
  d: Durations,
  tuning: MedianTuning = MEDIAN_TUNING,
): Promise<{ ms: number | null; n: number }> {
  const sql = dialectOf(db)
  const [all] = await db.$queryRaw<{ list: string | null; taken: bigint }[]>`
    SELECT ${commaList(sql, Prisma.sql`ms`)} AS list, COUNT(*) AS taken
    FROM (SELECT ms FROM ${durations(sql, d)} WHERE ms >= ${d.min} LIMIT ${tuning.exactUpTo + 1}) AS capped`
  if (num(all.taken) <= tuning.exactUpTo) return { ms: median(parseList(all.list)), n: num(all.taken) }

  const [{ rows }] = await db.$queryRaw<{ rows: bigint }[]>`SELECT COUNT(*) AS rows FROM ${d.table} WHERE ${d.where}`
  const period = Math.max(1, Math.floor(num(rows) / tuning.sampleSize)) * tuning.run
  const [{ list }] = await db.$queryRaw<{ list: string | null }[]>`
    SELECT ${commaList(sql, Prisma.sql`ms`)} AS list FROM ${durations(sql, d, Prisma.sql`AND ${rowPosition(sql)} % ${period} < ${tuning.run}`)} WHERE ms >= ${d.min}`
  const sample = parseList(list).sort((a, b) => a - b)
  if (sample.length === 0) return exactMedian(db, d)
  const margin = Math.ceil((tuning.marginSd * Math.sqrt(sample.length)) / 2)
  const mid = sample.length >> 1
  const lo = sample[Math.max(0, mid - margin)]
  const hi = sample[Math.min(sample.length - 1, mid + margin)] + 1

  const [scan] = await db.$queryRaw<{ n: bigint; below: bigint | null; inside: string | null }[]>`
    SELECT COUNT(*) AS n, SUM(CASE WHEN ms < ${lo} THEN 1 ELSE 0 END) AS below,
      ${commaList(sql, Prisma.sql`CASE WHEN ms >= ${lo} AND ms < ${hi} THEN ms END`)} AS inside
    FROM ${durations(sql, d)} WHERE ms >= ${d.min}`
  const n = num(scan.n)
  const below = num(scan.below)
  const inside = parseList(scan.inside).sort((a, b) => a - b)
  // Both middle ranks ((n − 1) ÷ 2 and n ÷ 2, 0-based) must fall inside [lo, hi).
  const [k0, k1] = [(n - 1) >> 1, n >> 1]
  if (n === 0 || k0 < below || k1 >= below + inside.length) return exactMedian(db, d)
  return { ms: n % 2 === 1 ? inside[k0 - below] : (inside[k0 - below] + inside[k1 - below]) / 2, n }
}
