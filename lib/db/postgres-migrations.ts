import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

/** PostgreSQL's migrations, beside SQLite's prisma/migrations and generated from the same datamodel. */
export const POSTGRES_MIGRATIONS_DIR = path.join('prisma', 'postgres', 'migrations')

// Any fixed number: app servers starting together take turns, so each migration runs once.
const MIGRATION_LOCK = 7_214_001

/**
 * Prisma's own bookkeeping table, with Prisma's columns, so that once `prisma migrate deploy` works
 * on PostgreSQL through the adapter (prisma/orm#27403) it can take over a database this runner
 * migrated, seeing every migration as applied.
 */
const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

/** The migration folders in the order they apply (their names start with a timestamp). */
export function migrationNames(dir: string = POSTGRES_MIGRATIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
}

/**
 * Applies to the PostgreSQL database at `url` every migration not yet recorded, each in its own
 * transaction (PostgreSQL's DDL is transactional: a failed migration leaves nothing behind), and
 * records it with its checksum. Returns the names applied: none on a second start. A database that
 * records a migration this copy of the app does not have is newer than the app, and is refused.
 */
export async function applyPostgresMigrations(url: string, dir: string = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await client.query(BOOKKEEPING)
    const done = await client.query<{ migration_name: string }>(
      'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
    )
    const recorded = new Set(done.rows.map((row) => row.migration_name))
    const names = migrationNames(dir)
    const unknown = [...recorded].filter((name) => !names.includes(name))
    if (unknown.length > 0) throw new Error(`the database has migrations this version of the app does not know: ${unknown.join(', ')}`)
    const applied: string[] = []
    for (const name of names.filter((n) => !recorded.has(n))) {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      await client.query('BEGIN')
      try {
        // A migration file holds many statements: pg sends a query without parameters as one
        // simple-protocol batch. The text is the committed file, never anything a request supplied.
        await client.query(sql)
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), createHash('sha256').update(sql).digest('hex'), name],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw new Error(`migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`)
      }
      applied.push(name)
    }
    return applied
  } finally {
    await client.end()
  }
}
