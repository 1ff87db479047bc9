import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureSecret, serverSecret } from '@/lib/auth/secret'
import { databaseFilePath, databaseProvider } from '@/lib/config/database-url'
import { CliError } from './cli-error'

/**
 * Before a command touches the database: a SQLite file must exist already (opening a missing file
 * would create an empty one; a PostgreSQL server says for itself when it is missing), and the server
 * secret must exist and be sound, as the app needs it.
 */
export async function prepareDatabase(): Promise<void> {
  const file = databaseProvider() === 'sqlite' ? path.resolve(databaseFilePath()) : null
  if (file && !existsSync(file))
    throw new CliError(`No database at ${file}: run \`npm start\` (or \`npm run db:migrate\`) first, or set DATABASE_URL.`)
  ensureSecret()
  serverSecret()
}

/** Who the audit log names for a command: "cli:" and the operating-system user running it. */
export function cliActor(): string {
  let name: string | undefined
  try {
    name = os.userInfo().username
  } catch {
    // No passwd entry (some containers): fall back to the environment.
  }
  return `cli:${name || process.env.USER || process.env.USERNAME || 'unknown'}`
}
