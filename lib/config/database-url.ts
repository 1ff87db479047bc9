/**
 * The one place that decides which SQLite file the app, the CLI scripts and Prisma Migrate use.
 * `DATABASE_URL` overrides the embedded default under data/.
 */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? 'file:./data/app.db'
}

/** The filesystem path behind a `file:` URL, for tools that open SQLite directly. */
export function databaseFilePath(url: string = databaseUrl()): string {
  return url.replace(/^file:/, '').replace(/\?.*$/, '')
}
