import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { applyPostgresMigrations } from '@/lib/db/postgres-migrations'

// The PostgreSQL twin of temp-database.ts: a throwaway database on the server that
// TEST_POSTGRES_URL names (CI starts one; see .ci/run), migrated as `npm start` migrates the real one.

export interface TempPostgres {
  name: string
  url: string
  remove(): Promise<void>
}

/** The test server's URL; a PostgreSQL test without one fails, it never skips. */
export function testPostgresUrl(): string {
  const url = process.env.TEST_POSTGRES_URL
  if (!url) throw new Error('TEST_POSTGRES_URL is not set: the PostgreSQL tests need a running server (see README, "Tests")')
  return url
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** An empty database (nothing applied) with a random name starting with `prefix`. */
export async function createEmptyPostgres(prefix: string): Promise<TempPostgres> {
  const name = `${prefix.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(6).toString('hex')}`
  // CREATE DATABASE takes no parameters; the name is made here of [a-z0-9_] only, and quoted.
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`))
  return {
    name,
    url: withDatabase(testPostgresUrl(), name),
    remove: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  }
}

/** A throwaway database with every PostgreSQL migration applied. */
export async function createTempPostgres(prefix: string): Promise<TempPostgres> {
  const temp = await createEmptyPostgres(prefix)
  await applyPostgresMigrations(temp.url)
  return temp
}
