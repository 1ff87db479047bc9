import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * Catches drift between prisma/schema.prisma and prisma/migrations: the schema that the committed
 * migrations build must equal the one Prisma would create from the schema file on an empty database.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'cto-migrations-'))
const prisma = path.resolve('node_modules/.bin/prisma')
const env = (file: string) => ({ ...process.env, CHECKPOINT_DISABLE: '1', DATABASE_URL: `file:${file}` })

function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true })
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string | null }[]
  db.close()
  return rows.map((r) => `${r.type} ${r.name}: ${(r.sql ?? '').replace(/\s+/g, ' ')}`)
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migrations', () => {
  it('applied to an empty database give the same schema as schema.prisma', () => {
    const migrated = path.join(dir, 'migrated.db')
    execFileSync(prisma, ['migrate', 'deploy'], { env: env(migrated), stdio: 'pipe' })

    const fromSchema = path.join(dir, 'from-schema.db')
    const script = execFileSync(
      prisma,
      ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
      { env: env(fromSchema), encoding: 'utf8' },
    )
    const db = new Database(fromSchema)
    db.exec(script)
    db.close()

    expect(schemaOf(migrated)).toEqual(schemaOf(fromSchema))
    expect(schemaOf(migrated).length).toBeGreaterThan(5)
  })
})
