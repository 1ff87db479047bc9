import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { backupDatabase } from './backup'
import { ensurePrivateDir, restrictDatabaseFiles } from './file-modes'

const root = mkdtempSync(path.join(os.tmpdir(), 'file-modes-'))
const modeOf = (file: string) => statSync(file).mode & 0o777

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('file modes of the database and its backups', () => {
  it('keeps the data folder 0700 and the database, its WAL and SHM 0600, whatever the umask allowed', async () => {
    const dir = path.join(root, 'data')
    ensurePrivateDir(dir)
    expect(modeOf(dir)).toBe(0o700)
    const file = path.join(dir, 'app.db')
    const create = new Database(file)
    create.exec('CREATE TABLE "Figure" (id INTEGER PRIMARY KEY, value REAL)')
    create.close()
    expect(modeOf(file) & 0o044, 'a new SQLite file is readable by others').not.toBe(0) // what the probe found
    restrictDatabaseFiles(file)
    const live = new Database(file)
    live.pragma('journal_mode = WAL')
    live.prepare('INSERT INTO "Figure" (value) VALUES (1)').run()
    for (const name of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(name), name).toBe(0o600)

    const backup = path.join(root, 'backups', 'copy.db')
    const report = await backupDatabase(file, backup)
    live.close()
    expect(report.figures).toBe(1)
    expect(modeOf(backup)).toBe(0o600)
    expect(modeOf(path.dirname(backup))).toBe(0o700)
  })

  it('does not tighten a shared folder such as /tmp', () => {
    const before = modeOf(os.tmpdir())
    ensurePrivateDir(os.tmpdir())
    expect(modeOf(os.tmpdir())).toBe(before)
  })
})
