// `npm run restore <file>`: puts a backup made by `npm run backup` back into the live database
// (DATABASE_URL), after saving the current one to backups/pre-restore-<UTC timestamp>.db. A running
// server sees the restored data at once. See docs/operations.md.
import path from 'node:path'
import { restoreDatabase, utcStamp } from '../lib/db/backup'
import { databaseFilePath, databaseProvider } from '../lib/config/database-url'
import { postgresBackupAdvice } from '../lib/db/backup-postgres'

async function main() {
  if (databaseProvider() === 'postgresql') throw new Error(postgresBackupAdvice('restore'))
  const file = process.argv[2]
  if (!file) throw new Error('Name the backup to restore: npm run restore -- backups/app-<timestamp>.db')
  const live = databaseFilePath()
  const safety = path.resolve('backups', `pre-restore-${utcStamp()}.db`)
  const report = await restoreDatabase(file, live, safety)
  if (report.safetyCopy) console.log(`Saved the current database to ${report.safetyCopy.file} (${report.safetyCopy.figures} figures).`)
  console.log(`Restored ${report.restoredFrom} into ${path.resolve(live)} (${report.figures} figures, integrity ok).`)
  if (report.pendingMigrations.length > 0) {
    console.log(`The backup predates ${report.pendingMigrations.length} migration(s): run \`npm run db:migrate\` (npm start does it too).`)
  }
}

main().catch((error) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
