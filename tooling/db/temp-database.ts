import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'

// The one way tests, scripts and benchmarks make a throwaway database: every other helper here
// (the query-counting client, the ingest and report fixtures) starts from createTempDatabase.

export interface TempDatabase {
  dir: string
  file: string
  url: string
  remove(): void
}

/**
 * A throwaway database migrated exactly as `npm start` migrates the real one (Prisma Migrate, then
 * WAL), for checks that must exercise the real schema and locking rather than a mock.
 */
export function createTempDatabase(prefix: string): TempDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`))
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
