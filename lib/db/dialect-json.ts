import type { Dialect } from './dialect'
import { Prisma } from './generated/client'

// The batch-as-one-JSON-parameter fragments of the ingest services (see jsonParam in
// services/ingest-batch.ts), in SQLite's and PostgreSQL's spelling. Rows come back with instants as
// the text SQLite stores ("2026-07-01T09:30:00.000+00:00") and flags as 0/1 on both, so a re-sent
// event compares equal to the stored one whichever database holds it.

/** The elements of a JSON array parameter as rows with one column, `value` (a JSON value), named `alias`. */
export function jsonElements(sql: Dialect, param: string, alias = 'elements'): Prisma.Sql {
  const name = Prisma.raw(`"${alias}"`)
  return sql === 'postgresql'
    ? Prisma.sql`jsonb_array_elements(CAST(${param} AS jsonb)) AS ${name}(value)`
    : Prisma.sql`json_each(${param}) AS ${name}`
}

/** A scalar element (`value` of jsonElements) as SQL text. */
export function elementText(sql: Dialect): Prisma.Sql {
  return sql === 'postgresql' ? Prisma.sql`(value #>> '{}')` : Prisma.sql`value`
}

export type ColumnType = 'instant' | 'flag' | 'integer'

/**
 * A text value (a JSON field, a parameter) as a column of the given type. SQLite stores what it is
 * given (instants as text, flags as 0/1); PostgreSQL needs the cast, and reads "+00:00" exactly.
 */
export function asColumn(sql: Dialect, value: Prisma.Sql, type: ColumnType): Prisma.Sql {
  if (sql === 'sqlite') return value
  if (type === 'instant') return Prisma.sql`CAST(${value} AS TIMESTAMP(3))`
  return type === 'flag' ? Prisma.sql`CAST(CAST(${value} AS INTEGER) AS BOOLEAN)` : Prisma.sql`CAST(${value} AS INTEGER)`
}

/** A stored column read back in SQLite's stored form: instants as ISO text with +00:00, flags as 0/1. */
export function storedForm(sql: Dialect, column: Prisma.Sql, type: ColumnType): Prisma.Sql {
  if (sql === 'sqlite' || type === 'integer') return column
  if (type === 'flag') return Prisma.sql`CAST(${column} AS INTEGER)`
  return Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"')`
}

/** Rows of values aggregated into one JSON array of arrays, as text (jsonRows reads it back). */
export function jsonArrayOfRows(sql: Dialect, values: Prisma.Sql[]): Prisma.Sql {
  const row = Prisma.join(values)
  return sql === 'postgresql'
    ? Prisma.sql`CAST(json_agg(json_build_array(${row})) AS TEXT)`
    : Prisma.sql`json_group_array(json_array(${row}))`
}

/** Rows aggregated into one JSON object from a key column and a value column, as text. */
export function jsonObjectOfRows(sql: Dialect, key: Prisma.Sql, value: Prisma.Sql): Prisma.Sql {
  return sql === 'postgresql'
    ? Prisma.sql`CAST(coalesce(json_object_agg(${key}, ${value}), '{}') AS TEXT)`
    : Prisma.sql`json_group_object(${key}, ${value})`
}
