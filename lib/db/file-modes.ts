import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * The database holds password hashes, session and token HMACs and the organisation's figures: only
 * the account running the app may read it. SQLite gives a new -wal and -shm file the mode of the
 * database file, so once the database is 0600 they are too; a backup is created 0600 before any byte
 * is written into it.
 */
export const PRIVATE_FILE = 0o600
export const PRIVATE_DIR = 0o700

/**
 * Makes a folder for private files (0700). An existing folder is tightened only when this account
 * owns it and it is not a shared one such as /tmp (sticky bit): DATABASE_URL may point anywhere.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR })
  const stat = statSync(dir)
  const ours = typeof process.getuid !== 'function' || stat.uid === process.getuid()
  if (ours && (stat.mode & 0o1000) === 0) chmodSync(dir, PRIVATE_DIR)
}

/** The database file and its WAL and SHM companions, where they exist, made 0600. */
export function restrictDatabaseFiles(file: string): void {
  for (const name of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(name)) chmodSync(name, PRIVATE_FILE)
  }
}

/** Creates an empty file with mode 0600 (failing if it exists), for SQLite to write a copy into. */
export function createPrivateFile(file: string): void {
  closeSync(openSync(file, 'wx', PRIVATE_FILE))
  chmodSync(file, PRIVATE_FILE) // the process umask may have narrowed the mode further, never widened it
}

/** The folder of the database file, for ensurePrivateDir. */
export function databaseDir(file: string): string {
  return path.dirname(path.resolve(file))
}
