import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupDatabase, backupProblem, restoreDatabase } from './backup'
import { createTempDatabase, type TempDatabase } from '@/tooling/db/temp-database'

// Another OS process keeps committing figures, one transaction each, through its own connection, as
// the app does while serving: figure n is quarter "q<n>" with value n.
const WRITER = `
const Database = require('better-sqlite3')
const db = new Database(process.env.DB_FILE, { timeout: 5000 })
const insert = db.prepare("INSERT INTO Figure (scope, quarter, metricKey, value, updatedAt) VALUES ('org', ?, 'releases', ?, ?)")
let n = 0
let stop = false
process.stdin.on('data', () => { stop = true })
function tick() {
  if (stop) { db.close(); process.stdout.write(String(n)); return }
  insert.run('q' + n, n, Date.now())
  n++
  setTimeout(tick, 1)
}
tick()
`

let temp: TempDatabase
let dir: string
beforeAll(() => {
  temp = createTempDatabase('backup-test')
  dir = path.dirname(temp.file)
}, 60_000)
afterAll(() => temp?.remove())

function figures(file: string): Map<string, number> {
  const db = new Database(file, { readonly: true })
  const rows = db.prepare("SELECT quarter, value FROM Figure WHERE scope = 'org'").all() as { quarter: string; value: number }[]
  db.close()
  return new Map(rows.map((r) => [r.quarter, r.value]))
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the writer')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function startWriter(file: string): { child: ChildProcess; stopped: Promise<number> } {
  const child = spawn(process.execPath, ['-e', WRITER], { env: { ...process.env, DB_FILE: file }, stdio: ['pipe', 'pipe', 'inherit'] })
  let out = ''
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()))
  const stopped = new Promise<number>((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`writer exited ${code}`)))),
  )
  return { child, stopped }
}

describe('backup and restore', () => {
  it('a backup taken during writes, restored, holds every figure committed before it started', async () => {
    const writer = startWriter(temp.file)
    await until(() => figures(temp.file).size >= 200)
    const committed = figures(temp.file)

    const backup = await backupDatabase(temp.file, path.join(dir, 'during-writes.db'))
    const inBackup = figures(backup.file)
    expect(backup.figures).toBe(inBackup.size)
    await until(() => figures(temp.file).size >= inBackup.size + 200)
    const live = figures(temp.file)

    // Restored into the live file while the writer is still writing to it.
    const restored = await restoreDatabase(backup.file, temp.file, path.join(dir, 'safety.db'))
    writer.child.stdin?.end('stop')
    const written = await writer.stopped

    const after = figures(temp.file)
    for (const [quarter, value] of committed) expect(after.get(quarter), quarter).toBe(value)
    for (const [quarter, value] of inBackup) expect(after.get(quarter), quarter).toBe(value)
    // Figures written after the backup were replaced by it: the restore really happened.
    const lost = [...live.keys()].filter((q) => !inBackup.has(q))
    expect(lost.length).toBeGreaterThan(0)
    for (const quarter of lost) expect(after.has(quarter), quarter).toBe(false)
    expect(written).toBeGreaterThan(live.size)
    // The safety copy kept what the restore replaced.
    const safety = figures(restored.safetyCopy?.file ?? '')
    for (const quarter of live.keys()) expect(safety.has(quarter), quarter).toBe(true)

    const db = new Database(temp.file, { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
    expect(restored.pendingMigrations).toEqual([])
  }, 60_000)

  it('refuses a file that is not a database of this app, and leaves the live one alone', async () => {
    const text = path.join(dir, 'notes.db')
    writeFileSync(text, 'not a database at all, just some text that is long enough to have a header')
    expect(backupProblem(text)).toMatch(/cannot be (opened|read) as a SQLite database/)

    const other = path.join(dir, 'other-app.db')
    const otherDb = new Database(other)
    otherDb.exec('CREATE TABLE Customer (id INTEGER PRIMARY KEY)')
    otherDb.close()
    expect(backupProblem(other)).toBe(`${other} is not a CTO Scorecard database (no _prisma_migrations or Figure table).`)

    const good = await backupDatabase(temp.file, path.join(dir, 'good.db'))
    expect(backupProblem(good.file)).toBeNull()
    const newer = path.join(dir, 'newer.db')
    copyFileSync(good.file, newer)
    const newerDb = new Database(newer)
    newerDb
      .prepare(
        "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', '29990101000000_future', 0, 0, 1)",
      )
      .run()
    newerDb.close()
    expect(backupProblem(newer)).toMatch(/made by a newer version of the app \(migration 29990101000000_future/)

    const before = figures(temp.file)
    await expect(restoreDatabase(other, temp.file, path.join(dir, 'unused.db'))).rejects.toThrow('not a CTO Scorecard database')
    expect(figures(temp.file)).toEqual(before)
  })
})
