// `npm run backup [file]`: a consistent copy of the live database (DATABASE_URL) while the app keeps
// serving and writing; by default to backups/app-<UTC timestamp>.db. See docs/operations.md.
import path from 'node:path'
import { backupDatabase, defaultBackupPath } from '../lib/db/backup'
import { databaseFilePath, databaseProvider } from '../lib/config/database-url'
import { postgresBackupAdvice } from '../lib/db/backup-postgres'
import { secretFilePath } from '../lib/auth/secret'

async function main() {
  if (databaseProvider() === 'postgresql') throw new Error(postgresBackupAdvice('backup'))
  const destination = process.argv[2] ?? defaultBackupPath()
  const copy = await backupDatabase(databaseFilePath(), destination)
  console.log(`Backed up ${path.resolve(databaseFilePath())} to ${copy.file} (${copy.bytes} bytes, ${copy.figures} figures, integrity ok).`)
  const secret = process.env.APP_SECRET ? 'the APP_SECRET value' : secretFilePath()
  console.log(`Keep ${secret} with it: without that secret, sessions and API tokens in this backup will not verify.`)
}

main().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
