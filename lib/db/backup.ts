import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createPrivateFile, ensurePrivateDir } from './file-modes'

// sqlite3_backup_step copies this many pages per step: all of them, so each copy is one read of one
// consistent snapshot (in WAL mode the app keeps writing meanwhile). Copied in small steps, a backup
// restarts whenever another process commits between two steps, and may never finish on a busy server.
const ALL_PAGES = 0x7fffffff

export interface CopyReport {
  file: string
  bytes: number
  figures: number
}

/** "20261128T201500Z": sortable, and safe in a file name on every system. */
export function utcStamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

/** Where `npm run backup` writes when given no path. */
export function defaultBackupPath(dir = 'backups', date = new Date()): string {
  return path.resolve(dir, `app-${utcStamp(date)}.db`)
}

function integrityOf(db: Database.Database): string {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[]
  return rows.map((r) => r.integrity_check).join('; ')
}

function tableNames(db: Database.Database): Set<string> {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
  return new Set(rows.map((r) => r.name))
}

function countFigures(db: Database.Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM Figure').get() as { n: number }).n
}

/**
 * Copies the live database with SQLite's online backup API while the app keeps serving and writing.
 * The copy is written beside its destination first and renamed only once it passes integrity_check,
 * so a file under the final name is always a whole backup. It is switched to a rollback journal, so
 * the backup is one self-contained file (no -wal beside it).
 */
export async function backupDatabase(source: string, destination: string): Promise<CopyReport> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`)
  if (existsSync(destination)) throw new Error(`${destination} already exists; choose another path.`)
  ensurePrivateDir(path.dirname(path.resolve(destination)))
  const partial = `${destination}.partial`
  rmSync(partial, { force: true })
  createPrivateFile(partial)
  const live = new Database(source, { fileMustExist: true })
  try {
    await live.backup(partial, { progress: () => ALL_PAGES })
  } finally {
    live.close()
  }
  const copy = new Database(partial)
  let figures: number
  try {
    copy.pragma('journal_mode = DELETE')
    const integrity = integrityOf(copy)
    if (integrity !== 'ok') throw new Error(`The copy failed its integrity check: ${integrity}`)
    figures = countFigures(copy)
  } catch (error) {
    copy.close()
    rmSync(partial, { force: true })
    throw error
  }
  copy.close()
  renameSync(partial, destination)
  return { file: path.resolve(destination), bytes: statSync(destination).size, figures }
}

/** The migrations this version of the app knows (prisma/migrations/<stamp>_<name>). */
function knownMigrations(): Set<string> {
  const dir = path.resolve('prisma/migrations')
  return new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  )
}

function appliedMigrations(db: Database.Database): string[] {
  const rows = db
    .prepare('SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
    .all()
  return (rows as { name: string }[]).map((r) => r.name)
}

/**
 * Why a file cannot be restored as this app's database, or null if it can: it must be a sound SQLite
 * database with the app's tables, made by this version of the app or an older one (a newer one's
 * schema would not match the code that is running).
 */
export function backupProblem(file: string): string | null {
  if (!existsSync(file) || !statSync(file).isFile()) return `There is no file at ${file}.`
  let db: Database.Database
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    return `${file} cannot be opened as a SQLite database (${(error as Error).message}).`
  }
  try {
    const integrity = integrityOf(db)
    if (integrity !== 'ok') return `${file} failed its integrity check: ${integrity}`
    const tables = tableNames(db)
    const missing = ['_prisma_migrations', 'Figure'].filter((t) => !tables.has(t))
    if (missing.length > 0) return `${file} is not a CTO Scorecard database (no ${missing.join(' or ')} table).`
    const known = knownMigrations()
    const unknown = appliedMigrations(db).filter((name) => !known.has(name))
    if (unknown.length > 0) return `${file} was made by a newer version of the app (migration ${unknown.join(', ')} is unknown here).`
    return null
  } catch (error) {
    return `${file} cannot be read as a SQLite database (${(error as Error).message}).`
  } finally {
    db.close()
  }
}

export interface RestoreReport {
  restoredFrom: string
  safetyCopy: CopyReport | null
  figures: number
  /** Migrations of this app that the backup predates: `npm run db:migrate` applies them. */
  pendingMigrations: string[]
}

/**
 * A restored file may hold the very version number a running server has cached reads for (a backup
 * of a moment it has since moved past); a new epoch makes every cached read stale at once. Backups
 * made before the version row existed have none to change, and are not cached until migrated.
 */
function startNewEpoch(db: Database.Database): void {
  if (!tableNames(db).has('DataVersion')) return
  db.prepare('UPDATE "DataVersion" SET "epoch" = lower(hex(randomblob(16))), "n" = "n" + 1 WHERE "id" = 1').run()
}

/**
 * Puts a backup back into the live database file. The online backup API writes the pages through
 * SQLite's own locking, so a running server's open connections see the restored data on their next
 * query, with no restart and no window in which the file is half-copied. The current database is
 * first saved to `safetyCopy`, so a restore can itself be undone.
 */
export async function restoreDatabase(backup: string, live: string, safetyCopy: string): Promise<RestoreReport> {
  if (path.resolve(backup) === path.resolve(live)) throw new Error(`${backup} is the live database itself.`)
  const problem = backupProblem(backup)
  if (problem) throw new Error(problem)
  const saved = existsSync(live) ? await backupDatabase(live, safetyCopy) : null
  const source = new Database(backup, { readonly: true, fileMustExist: true })
  try {
    await source.backup(live, { progress: () => ALL_PAGES })
  } finally {
    source.close()
  }
  const restored = new Database(live)
  try {
    const integrity = integrityOf(restored)
    if (integrity !== 'ok') throw new Error(`The restored database failed its integrity check: ${integrity}`)
    const applied = new Set(appliedMigrations(restored))
    startNewEpoch(restored)
    const pendingMigrations = [...knownMigrations()].filter((name) => !applied.has(name)).sort()
    return { restoredFrom: path.resolve(backup), safetyCopy: saved, figures: countFigures(restored), pendingMigrations }
  } finally {
    restored.close()
  }
}
