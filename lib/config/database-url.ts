/**
 * The one place that decides which database the app, the CLI scripts and Prisma Migrate use.
 * `DATABASE_URL` overrides the embedded default under data/: a `file:` URL is a SQLite file, a
 * `postgresql://` (or `postgres://`) URL a PostgreSQL server.
 */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? 'file:./data/app.db'
}

/** The two databases the app runs on. */
export type DatabaseProvider = 'sqlite' | 'postgresql'

/** Which database a URL names; anything else is refused with a message that says what is accepted. */
export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql'
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(':')[0]}:…"`)
}

/** The filesystem path behind a `file:` URL, for tools that open SQLite directly. */
export function databaseFilePath(url: string = databaseUrl()): string {
  return url.replace(/^file:/, '').replace(/\?.*$/, '')
}
