import { readFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'

/**
 * The database behind the browser tests' app server: a SQLite file (playwright.config.ts) or a
 * PostgreSQL database (playwright.postgres-suite.config.ts). scripts/e2e-server.mjs writes its URL to
 * E2E_DATABASE_URL_FILE as it starts, so a spec that seeds or checks rows directly reaches the same
 * database whichever one the run uses.
 */
export const E2E_DATABASE_URL_FILE = path.resolve('e2e/.tmp/database-url')

export function e2eDatabaseUrl(): string {
  return readFileSync(E2E_DATABASE_URL_FILE, 'utf8').trim()
}

/**
 * The environment for a command-line tool run on the e2e database (`npm run admin`, a seeding
 * script): its URL, and the server's secret file, which keys API tokens (e2e-server.mjs puts it in
 * e2e/.tmp on both databases).
 */
export function e2eDatabaseEnv(): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: e2eDatabaseUrl(), APP_SECRET_FILE: path.resolve('e2e/.tmp/app-secret.key') }
}

type SqlValue = string | number | null

/**
 * Runs one statement on the e2e database, its values always bound as parameters (`?` on SQLite,
 * `$n` on PostgreSQL), and returns its rows. Write `CAST(count(*) AS INTEGER)` for a count: PostgreSQL's
 * count(*) is a bigint, which pg returns as a string.
 */
export async function e2eSql<Row extends Record<string, unknown>>(parts: TemplateStringsArray, ...values: SqlValue[]): Promise<Row[]> {
  const url = e2eDatabaseUrl()
  if (url.startsWith('file:')) {
    const db = new Database(url.replace(/^file:/, ''), { fileMustExist: true })
    try {
      const statement = db.prepare(parts.join('?'))
      return statement.reader ? (statement.all(...values) as Row[]) : (statement.run(...values), [])
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const text = parts.reduce((sql, part, i) => `${sql}$${i}${part}`)
    const result = await client.query(text, values)
    return result.rows as Row[]
  } finally {
    await client.end()
  }
}
