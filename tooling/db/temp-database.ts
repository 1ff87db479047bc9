import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { DatabaseProvider } from '@/lib/config/database-url'

// The one way tests, scripts and benchmarks make a throwaway database: every other helper here
// (the query-counting client, the ingest and report fixtures) starts from createTempDatabase.

export interface TempDatabase {
  dir: string
  file: string
  url: string
  remove(): void
}

/**
 * Which database temp databases are made in: SQLite, unless TEST_DATABASE_PROVIDER=postgresql (the
 * PostgreSQL part of the suite, vitest.postgres.config.ts, runs the same tests on PostgreSQL).
 */
export function testDatabaseProvider(): DatabaseProvider {
  return process.env.TEST_DATABASE_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite'
}

/** A fresh migrated database on the test PostgreSQL server (see temp-postgres.ts), made synchronously. */
function createTempPostgresSync(prefix: string, dir: string): TempDatabase {
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, ['--import', 'tsx', path.resolve('tooling/db/postgres-cli.ts'), ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    })
  const url = cli('create', prefix.replace(/[^a-z0-9]/gi, '_').toLowerCase())
  const name = new URL(url).pathname.slice(1)
  return {
    dir,
    file: '',
    url,
    remove: () => {
      cli('drop', name)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * A throwaway database migrated exactly as `npm start` migrates the real one (Prisma Migrate, then
 * WAL; on PostgreSQL the app's migration runner), for checks that must exercise the real schema and
 * locking rather than a mock. `file` is empty on PostgreSQL.
 */
export function createTempDatabase(prefix: string, provider: DatabaseProvider = testDatabaseProvider()): TempDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`))
  if (provider === 'postgresql') return createTempPostgresSync(prefix, dir)
  const file = path.join(dir, 'app.db')
  const url = `file:${file}`
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, CHECKPOINT_DISABLE: '1', DATABASE_URL: url },
    stdio: 'pipe',
  })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.close()
  return { dir, file, url, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

type AppClient = typeof import('@/lib/db/client')

/**
 * Points the app at a temp database, for tests of code that uses the Prisma singleton: sets
 * DATABASE_URL for every module that reads it and drops the cached client, so the import made here
 * opens a client on the temp file.
 */
export async function openAppClient(temp: TempDatabase): Promise<AppClient> {
  process.env.DATABASE_URL = temp.url
  delete (globalThis as { prisma?: unknown }).prisma
  return import('@/lib/db/client')
}

/** Closes the app's client and deletes the temp database (safe when setup failed half-way). */
export async function closeAppClient(temp: TempDatabase | undefined, db: AppClient | undefined): Promise<void> {
  await db?.prisma.$disconnect()
  temp?.remove()
}
