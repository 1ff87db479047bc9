import { databaseProvider, type DatabaseProvider } from '@/lib/config/database-url'
import { Prisma } from './generated/client'

/**
 * The seam between the two databases: the few SQL fragments that SQLite and PostgreSQL spell
 * differently. A query keeps one text for its logic and asks here for the part that differs, so
 * the logic cannot drift apart; lib/db/queries/event-figures.pg.test.ts runs it on both.
 */
export type Dialect = DatabaseProvider

/**
 * The dialect of the client a query runs on: Prisma's clients (and their transaction clients) know
 * their provider. A client without one (a test double) falls back to DATABASE_URL's.
 */
export function dialectOf(db: object): Dialect {
  const provider = (db as { _activeProvider?: unknown })._activeProvider
  return provider === 'postgresql' || provider === 'sqlite' ? provider : databaseProvider()
}

/**
 * Whole milliseconds between two stored instants. SQLite stores DateTime as ISO-8601 text and
 * julianday() reads it exactly to the millisecond; PostgreSQL stores timestamp(3), whose interval
 * EXTRACT gives as an exact numeric. Both round to the integer Date.getTime() arithmetic gives.
 */
export function msBetween(dialect: Dialect, to: Prisma.Sql, from: Prisma.Sql): Prisma.Sql {
  return dialect === 'postgresql'
    ? Prisma.sql`CAST(ROUND(EXTRACT(EPOCH FROM (${to} - ${from})) * 1000) AS BIGINT)`
    : Prisma.sql`CAST(ROUND((julianday(${to}) - julianday(${from})) * 86400000) AS INTEGER)`
}

/** The values joined with commas into one string (one value crosses the driver far faster than rows). */
export function commaList(dialect: Dialect, value: Prisma.Sql): Prisma.Sql {
  return dialect === 'postgresql' ? Prisma.sql`string_agg(CAST(${value} AS TEXT), ',')` : Prisma.sql`group_concat(${value})`
}

/**
 * Ends a subquery so that the planner computes it once instead of inlining it into the outer query
 * (which would evaluate its expressions again per reference): SQLite's LIMIT -1, PostgreSQL's OFFSET 0.
 */
export function keepSubquery(dialect: Dialect): Prisma.Sql {
  return dialect === 'postgresql' ? Prisma.sql`OFFSET 0` : Prisma.sql`LIMIT -1`
}

/**
 * A row's place in its table's storage, for samples that take runs of neighbours (which share a
 * page): SQLite's rowid; on PostgreSQL, the page and the slot in it from the row's ctid.
 */
export function rowPosition(dialect: Dialect): Prisma.Sql {
  return dialect === 'postgresql'
    ? Prisma.sql`CAST((CAST(CAST(ctid AS TEXT) AS point))[0] * 512 + (CAST(CAST(ctid AS TEXT) AS point))[1] AS BIGINT)`
    : Prisma.sql`_rowid_`
}
