import { execFileSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmptyPostgres, type TempPostgres } from '@/tooling/db/temp-postgres'
import { applyPostgresMigrations, migrationNames } from './postgres-migrations'
import { VERSIONED_TABLES } from './read-cache'

/**
 * The PostgreSQL twin of migrations.test.ts: prisma/postgres/migrations, applied to an empty
 * database by the app's runner, must give exactly the tables, columns, indexes and constraints that
 * Prisma creates from the datamodel, plus the data-version triggers the read cache relies on.
 */
const prisma = path.resolve('node_modules/.bin/prisma')

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

// Everything Prisma's datamodel describes, as comparable lines; the runner's own bookkeeping table aside.
async function schemaOf(url: string): Promise<string[]> {
  const columns = await query<{ line: string }>(
    url,
    `SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
       || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') AS line
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace s ON s.oid = c.relnamespace
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE s.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
  )
  const indexes = await query<{ line: string }>(
    url,
    `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  )
  const constraints = await query<{ line: string }>(
    url,
    `SELECT c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line FROM pg_constraint c
     JOIN pg_namespace s ON s.oid = c.connamespace WHERE s.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations'`,
  )
  return [...columns, ...indexes, ...constraints].map((r) => r.line).sort()
}

let migrated: TempPostgres
let fromSchema: TempPostgres
let firstRun: string[]
let secondRun: string[]

beforeAll(async () => {
  migrated = await createEmptyPostgres('migrations')
  fromSchema = await createEmptyPostgres('from_schema')
  firstRun = await applyPostgresMigrations(migrated.url)
  secondRun = await applyPostgresMigrations(migrated.url)
  const script = execFileSync(
    prisma,
    [
      'migrate',
      'diff',
      '--config',
      'prisma.postgres.config.ts',
      '--from-empty',
      '--to-schema-datamodel',
      'prisma/postgres/schema.prisma',
      '--script',
    ],
    { env: { ...process.env, CHECKPOINT_DISABLE: '1', DATABASE_URL: fromSchema.url }, encoding: 'utf8' },
  )
  await query(fromSchema.url, script)
})
afterAll(async () => {
  await migrated?.remove()
  await fromSchema?.remove()
})

describe('PostgreSQL migrations', () => {
  it('applied to an empty database give the same schema as schema.prisma', async () => {
    const expected = await schemaOf(fromSchema.url)
    expect(await schemaOf(migrated.url)).toEqual(expected)
    expect(expected.length).toBeGreaterThan(100)
  })

  it('are applied once and recorded: a second start applies nothing', async () => {
    expect(firstRun).toEqual(migrationNames())
    expect(secondRun).toEqual([])
    const recorded = await query<{ migration_name: string; checksum: string }>(
      migrated.url,
      'SELECT "migration_name", "checksum" FROM "_prisma_migrations"',
    )
    expect(recorded.map((r) => r.migration_name)).toEqual(migrationNames())
    expect(recorded.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true)
  })

  it('give every table that cached reads depend on triggers that move the data version on, and no other triggers', async () => {
    const triggers = await query<{ name: string }>(
      migrated.url,
      'SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname',
    )
    const expected = VERSIONED_TABLES.flatMap((table) => ['delete', 'insert', 'update'].map((op) => `${table}_version_${op}`)).sort()
    expect(triggers.map((t) => t.name).sort()).toEqual(expected)
    const [before] = await query<{ epoch: string; n: number }>(migrated.url, 'SELECT "epoch", "n" FROM "DataVersion" WHERE "id" = 1')
    expect(before.epoch).toMatch(/^[0-9a-f]{32}$/)
    await query(migrated.url, `INSERT INTO "Team" ("id", "slug", "name") VALUES ('t1', 'one', 'One'), ('t2', 'two', 'Two')`)
    await query(migrated.url, `UPDATE "Team" SET "name" = 'Uno' WHERE "id" = 't1'`)
    await query(migrated.url, `DELETE FROM "Team" WHERE "id" = 't2'`)
    await query(migrated.url, `INSERT INTO "AuditEvent" ("actor", "action", "entity", "entityId") VALUES ('a', 'x', 'team', 't1')`)
    const [after] = await query<{ epoch: string; n: number }>(migrated.url, 'SELECT "epoch", "n" FROM "DataVersion" WHERE "id" = 1')
    // Once per statement that changed a versioned table (the two-row INSERT counts once); AuditEvent is not one.
    expect(after).toEqual({ epoch: before.epoch, n: before.n + 3 })
  })

  it('refuses a database that records a migration this app does not have', async () => {
    await query(
      migrated.url,
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at") VALUES ('x', 'y', '29990101000000_future', now())`,
    )
    await expect(applyPostgresMigrations(migrated.url)).rejects.toThrow(/29990101000000_future/)
  })
})
