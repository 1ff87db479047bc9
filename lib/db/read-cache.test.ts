import Database from 'better-sqlite3'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A real migrated database with its triggers: the cache is only as good as the version they keep.
const temp = createTempDatabase('read-cache')
let db: typeof import('./client')
let readCache: typeof import('./read-cache')
let settings: typeof import('./queries/settings')
let teams: typeof import('./queries/teams')
let scorecard: typeof import('./queries/scorecard')
let backup: typeof import('./backup')
let writes: typeof import('./write-transaction')

beforeAll(async () => {
  db = await openAppClient(temp)
  readCache = await import('./read-cache')
  settings = await import('./queries/settings')
  teams = await import('./queries/teams')
  scorecard = await import('./queries/scorecard')
  backup = await import('./backup')
  writes = await import('./write-transaction')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  await db.prisma.figure.deleteMany()
  await db.prisma.team.deleteMany()
  await db.prisma.setting.deleteMany()
  readCache.clearReadCache()
})

/** A read that counts how often it really reached the database. */
function countingRead() {
  let loads = 0
  const read = readCache.cachedRead('test-teams', async (prefix: string) => {
    loads++
    return db.prisma.team.findMany({ where: { slug: { startsWith: prefix } }, orderBy: { slug: 'asc' } })
  })
  return { read, loads: () => loads }
}

/** Another connection to the same file, as the admin command line or a second process would write. */
function otherProcess<T>(fn: (other: Database.Database) => T): T {
  const other = new Database(temp.file)
  try {
    return fn(other)
  } finally {
    other.close()
  }
}

describe('cachedRead', () => {
  it('answers a repeated read from memory while the data is unchanged', async () => {
    const { read, loads } = countingRead()
    const first = await read('a')
    const second = await read('a')
    expect(second).toBe(first)
    expect(loads()).toBe(1)
    await read('b')
    expect(loads()).toBe(2)
  })

  it('reads again after the app writes to a versioned table', async () => {
    const { read, loads } = countingRead()
    expect(await read('a')).toEqual([])
    await db.prisma.team.create({ data: { id: 't1', slug: 'alpha', name: 'Alpha' } })
    expect((await read('a')).map((t) => t.slug)).toEqual(['alpha'])
    expect(loads()).toBe(2)
  })

  it('reads again after another connection writes, updates or deletes', async () => {
    const { read } = countingRead()
    expect(await read('a')).toEqual([])
    otherProcess((o) => o.prepare("INSERT INTO Team (id, slug, name, isDemo, createdAt) VALUES ('t2', 'apple', 'Apple', 0, 0)").run())
    expect((await read('a')).map((t) => t.name)).toEqual(['Apple'])
    otherProcess((o) => o.prepare("UPDATE Team SET name = 'Apple Pay' WHERE id = 't2'").run())
    expect((await read('a')).map((t) => t.name)).toEqual(['Apple Pay'])
    otherProcess((o) => o.prepare("DELETE FROM Team WHERE id = 't2'").run())
    expect(await read('a')).toEqual([])
  })

  it('moves the version on by one for each row inserted, updated or deleted, and not for statements that change nothing', async () => {
    const unchanged = await readCache.readDataVersion()
    for (const table of readCache.VERSIONED_TABLES) otherProcess((o) => o.prepare(`DELETE FROM "${table}" WHERE 0`).run())
    expect(await readCache.readDataVersion()).toEqual(unchanged)

    const before = await readCache.readDataVersion()
    await db.prisma.setting.create({ data: { key: 'orgName', value: '"Acme"' } })
    await db.prisma.setting.update({ where: { key: 'orgName' }, data: { value: '"Acme Inc"' } })
    await db.prisma.setting.delete({ where: { key: 'orgName' } })
    const after = await readCache.readDataVersion()
    expect(after?.epoch).toBe(before?.epoch)
    expect(after!.n - before!.n).toBe(3)
  })

  it('does not cache for a request that holds an older version than the cache, nor evict the newer entries', async () => {
    const { read, loads } = countingRead()
    await read('a')
    await db.prisma.team.create({ data: { id: 't3', slug: 'avocado', name: 'Avocado' } })
    const fresh = await read('a')
    expect(loads()).toBe(2)
    expect(await read('a')).toBe(fresh)
    expect(loads()).toBe(2)
  })

  it('hands out frozen answers, so one request cannot change what the next one sees', async () => {
    await db.prisma.team.create({ data: { id: 't4', slug: 'apricot', name: 'Apricot' } })
    const { read } = countingRead()
    const answer = await read('a')
    expect(Object.isFrozen(answer)).toBe(true)
    expect(() => ((answer as { name: string }[])[0]!.name = 'changed')).toThrow(TypeError)
    expect(() => (answer as unknown[]).push({})).toThrow(TypeError)
  })

  it('keeps nothing read while a write transaction is in flight, so a rollback leaves no trace', async () => {
    const { read } = countingRead()
    const before = (await readCache.readDataVersion())!.n
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const refused = writes
      .writeTransaction(async (tx) => {
        await tx.team.create({ data: { id: 'r1', slug: 'aardvark', name: 'Aardvark' } })
        await gate
        throw new Error('refused after writing')
      })
      .catch((error: Error) => error.message)
    // The adapter's one connection shows the open transaction's rows (and moved-on version) to every read.
    while ((await readCache.readDataVersion())!.n === before) await new Promise((r) => setTimeout(r, 5))
    expect((await read('a')).map((t) => t.slug)).toEqual(['aardvark'])
    release()
    expect(await refused).toBe('refused after writing')
    expect((await readCache.readDataVersion())!.n).toBe(before)
    // A committed write brings the version to the very number the rolled-back one showed.
    await writes.writeTransaction((tx) => tx.team.create({ data: { id: 'r2', slug: 'anteater', name: 'Anteater' } }))
    expect((await readCache.readDataVersion())!.n).toBe(before + 1)
    expect((await read('a')).map((t) => t.slug)).toEqual(['anteater'])
  })

  it('forgets a read that failed, so the next call tries again', async () => {
    let calls = 0
    const flaky = readCache.cachedRead('test-flaky', async () => {
      calls++
      if (calls === 1) throw new Error('disk hiccup')
      return 'ok'
    })
    await expect(flaky()).rejects.toThrow('disk hiccup')
    await expect(flaky()).resolves.toBe('ok')
    expect(calls).toBe(2)
  })

  it('reads straight through when the database has no version row', async () => {
    const { read, loads } = countingRead()
    otherProcess((o) => o.prepare('DELETE FROM "DataVersion"').run())
    try {
      expect(await readCache.readDataVersion()).toBeNull()
      await read('a')
      await read('a')
      expect(loads()).toBe(2)
    } finally {
      otherProcess((o) => o.prepare(`INSERT INTO "DataVersion" ("id", "epoch", "n") VALUES (1, 'restored-for-test', 1000)`).run())
    }
  })
})

describe('the pages’ cached reads', () => {
  it('settings, teams and the scorecard show a change made by another process at once', async () => {
    expect((await settings.getSettings()).orgName).not.toBe('Globex')
    expect(await teams.listTeams()).toEqual([])
    const empty = await scorecard.getScorecard('org', '2026-Q2')
    expect(empty.categories.flatMap((c) => c.metrics).every((m) => m.figure === null)).toBe(true)

    otherProcess((o) => {
      o.prepare(`INSERT INTO Setting (key, value, updatedAt) VALUES ('orgName', 'Globex', 0)`).run()
      o.prepare("INSERT INTO Team (id, slug, name, isDemo, createdAt) VALUES ('t5', 'payments', 'Payments', 0, 0)").run()
      o.prepare(
        "INSERT INTO Figure (scope, quarter, metricKey, value, source, updatedAt, version) VALUES ('org', '2026-Q2', 'availability', 99.95, 'manual', 0, 1)",
      ).run()
    })

    expect((await settings.getSettings()).orgName).toBe('Globex')
    expect((await teams.listTeams()).map((t) => t.slug)).toEqual(['payments'])
    const filled = await scorecard.getScorecard('org', '2026-Q2')
    const uptime = filled.categories.flatMap((c) => c.metrics).find((m) => m.metric.key === 'availability')
    expect(uptime?.figure?.value).toBe(99.95)
  })

  it('a restore starts a new epoch, so a cached read of the same version number is not reused', async () => {
    const before = await readCache.readDataVersion()
    const file = path.join(path.dirname(temp.file), 'backup.db')
    await backup.backupDatabase(temp.file, file)
    await db.prisma.team.create({ data: { id: 't6', slug: 'banana', name: 'Banana' } })
    await backup.restoreDatabase(file, temp.file, path.join(path.dirname(temp.file), 'safety.db'))
    const after = await readCache.readDataVersion()
    expect(after?.epoch).not.toBe(before?.epoch)
    expect(await teams.listTeams()).toEqual([])
  })
})
