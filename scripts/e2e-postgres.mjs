// A fresh, migrated database for a browser-test app server, on the PostgreSQL server that
// TEST_POSTGRES_URL names (made by tooling/db/postgres-cli.ts, as the unit tests make theirs).
// Without a server it throws, saying so: a PostgreSQL run that cannot start fails, never skips.
import { spawn } from 'node:child_process'
import path from 'node:path'

/** Creates a database named `<prefix>_<random>` with every PostgreSQL migration applied; returns its URL. */
export async function createPostgresDatabase(prefix) {
  if (!process.env.TEST_POSTGRES_URL) throw new Error('TEST_POSTGRES_URL is not set: the PostgreSQL browser tests need a running server')
  const created = spawn(process.execPath, ['--import', 'tsx', path.join('tooling', 'db', 'postgres-cli.ts'), 'create', prefix], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let url = ''
  created.stdout.setEncoding('utf8').on('data', (chunk) => (url += chunk))
  const code = await new Promise((resolve) => created.on('exit', resolve))
  if (code !== 0 || !url) throw new Error(`could not create the PostgreSQL database ${prefix} on TEST_POSTGRES_URL`)
  return url
}
