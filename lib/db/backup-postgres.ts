/**
 * `npm run backup` and `npm run restore` copy the SQLite file. On PostgreSQL the database's own
 * tools do it (consistent while the app writes, and whatever the server's size), so the commands say
 * which to run instead of failing on a file that does not exist. The URL is never echoed: it may
 * hold a password.
 */
export function postgresBackupAdvice(command: 'backup' | 'restore'): string {
  const steps =
    command === 'backup'
      ? 'pg_dump --format=custom --file=scorecard-$(date -u +%Y%m%dT%H%M%SZ).dump "$DATABASE_URL"'
      : 'stop the app servers, then: pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" <file>.dump, and start them again'
  return [
    `DATABASE_URL names a PostgreSQL database: \`npm run ${command}\` works on the SQLite file only.`,
    `Use PostgreSQL's own tools instead (see docs/operations.md): ${steps}.`,
    'Keep APP_SECRET with the backup: without it, sessions and API tokens in it will not verify.',
  ].join('\n')
}
