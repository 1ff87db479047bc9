import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VERSIONED_TABLES } from './read-cache'

/**
 * Catches drift between prisma/schema.prisma and prisma/migrations: the schema that the committed
 * migrations build must equal the one Prisma would create from the schema file on an empty database.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'cto-migrations-'))
const prisma = path.resolve('node_modules/.bin/prisma')
const env = (file: string) => ({ ...process.env, CHECKPOINT_DISABLE: '1', DATABASE_URL: `file:${file}` })

// Triggers are written by hand in migrations (Prisma's schema cannot express them), so they are
// compared with what the code expects instead of with schema.prisma.
function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true })
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' AND type != 'trigger' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string | null }[]
  db.close()
  return rows.map((r) => `${r.type} ${r.name}: ${(r.sql ?? '').replace(/\s+/g, ' ')}`)
}

const migrated = path.join(dir, 'migrated.db')
beforeAll(() => {
  execFileSync(prisma, ['migrate', 'deploy'], { env: env(migrated), stdio: 'pipe' })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migrations', () => {
  it('applied to an empty database give the same schema as schema.prisma', () => {
    const fromSchema = path.join(dir, 'from-schema.db')
    const script = execFileSync(prisma, ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'], {
      env: env(fromSchema),
      encoding: 'utf8',
    })
    const db = new Database(fromSchema)
    db.exec(script)
    db.close()

    expect(schemaOf(migrated)).toEqual(schemaOf(fromSchema))
    expect(schemaOf(migrated).length).toBeGreaterThan(5)
  })

  it('give every table that cached reads depend on triggers that move the data version on, and no other triggers', () => {
    const db = new Database(migrated, { readonly: true })
    const triggers = db
      .prepare("SELECT name, tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
      .all() as {
      name: string
      tableName: string
      sql: string
    }[]
    const version = db.prepare('SELECT "id", length("epoch") AS epochLength, "n" FROM "DataVersion"').all()
    db.close()
    const expected = VERSIONED_TABLES.flatMap((table) => ['delete', 'insert', 'update'].map((op) => `${table}_version_${op}`)).sort()
    expect(triggers.map((t) => t.name)).toEqual(expected)
    for (const trigger of triggers) {
      const op = trigger.name.split('_version_')[1]!.toUpperCase()
      expect(trigger.sql).toContain(`AFTER ${op} ON "${trigger.tableName}"`)
      expect(trigger.sql).toContain('UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1')
    }
    expect(version).toEqual([{ id: 1, epochLength: 32, n: 0 }])
  })
})
