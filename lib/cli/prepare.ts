import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureSecret, serverSecret } from '@/lib/auth/secret'
import { databaseFilePath } from '@/lib/config/database-url'
import { CliError } from './cli-error'

/**
 * Before a command touches the database: it must exist already (opening a missing SQLite file would
 * create an empty one), and the server secret must exist and be sound, as the app needs it.
 */
export async function prepareDatabase(): Promise<void> {
  const file = path.resolve(databaseFilePath())
  if (!existsSync(file))
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
