// Prepares the database named by DATABASE_URL. SQLite: creates the file if needed, applies
// migrations with Prisma Migrate and switches on WAL. PostgreSQL: applies prisma/postgres/migrations
// with the app's runner (Prisma Migrate fails there through the adapter; see postgres-migrations.ts).
// Then, on the very first start, loads the demo data (unless DEMO_DATA=0).
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import Database from 'better-sqlite3'
import { databaseFilePath, databaseProvider, databaseUrl } from '../lib/config/database-url'
import { databaseDir, ensurePrivateDir, restrictDatabaseFiles } from '../lib/db/file-modes'

function migrate() {
  const result = spawnSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    stdio: 'inherit',
    env: { ...process.env, CHECKPOINT_DISABLE: '1', DATABASE_URL: databaseUrl() },
  })
  if (result.status !== 0) throw new Error('prisma migrate deploy failed')
}

async function prepareSqlite() {
  const file = databaseFilePath()
  ensurePrivateDir(databaseDir(file))
  migrate()
  // Before WAL is switched on: SQLite creates the -wal and -shm files with the database's mode.
  restrictDatabaseFiles(file)
  const db = new Database(file)
  // WAL lets the scorecard be read while figures are written; it is a property of the file.
  db.pragma('journal_mode = WAL')
  db.close()
  restrictDatabaseFiles(file)
}

async function preparePostgres() {
  const { applyPostgresMigrations } = await import('../lib/db/postgres-migrations')
  const applied = await applyPostgresMigrations(databaseUrl())
  console.log(applied.length === 0 ? 'PostgreSQL: no migration to apply' : `PostgreSQL: applied ${applied.join(', ')}`)
}

async function main() {
  if (databaseProvider() === 'postgresql') await preparePostgres()
  else await prepareSqlite()
  const { ensureSecret, serverSecret } = await import('../lib/auth/secret')
  const source = ensureSecret()
  serverSecret() // refuses a known default or weak APP_SECRET before anything is served
  console.log(`Server secret: ${source === 'APP_SECRET' ? 'from APP_SECRET' : source}`)
  const { runFirstStart } = await import('../lib/db/services/first-start')
  const outcome = await runFirstStart({ loadDemo: process.env.DEMO_DATA !== '0' })
  console.log(outcome)
}

main().catch((error) => {
  console.error(error instanceof Error ? `Refusing to start: ${error.message}` : error)
  process.exit(1)
})
