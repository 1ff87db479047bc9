import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { POSTGRES_SCHEMA_PATH, SQLITE_SCHEMA_PATH, postgresSchemaFrom } from './postgres-schema'

describe('the PostgreSQL copy of the schema', () => {
  const sqlite = readFileSync(SQLITE_SCHEMA_PATH, 'utf8')

  it('is the committed prisma/postgres/schema.prisma (run `npm run db:schema:postgres` after editing the schema)', () => {
    expect(readFileSync(POSTGRES_SCHEMA_PATH, 'utf8')).toBe(postgresSchemaFrom(sqlite))
  })

  it('differs from the SQLite schema only in the provider, url and output lines', () => {
    const copy = postgresSchemaFrom(sqlite).split('\n').slice(1)
    const changed = copy.filter((line, i) => line !== sqlite.split('\n')[i])
    expect(changed.map((l) => l.trim().split(/\s+/)[0])).toEqual(['output', 'provider', 'url'])
    expect(copy.join('\n')).toContain('provider = "postgresql"')
  })

  it('refuses a schema whose datasource it no longer recognises', () => {
    expect(() => postgresSchemaFrom(sqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/no longer matches/)
  })
})
