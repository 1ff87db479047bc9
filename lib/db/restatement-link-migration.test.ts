import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'

const MIGRATIONS = 'prisma/migrations'
const LINK = '20261203100000_restatement_audit_event'
const sql = (dir: string) => readFileSync(path.join(MIGRATIONS, dir, 'migration.sql'), 'utf8')

/** A database as it stood before the link: every migration up to, not including, LINK. */
function databaseBeforeLink(): Database.Database {
  const db = new Database(':memory:')
  for (const dir of readdirSync(MIGRATIONS)
    .filter((d) => /^\d/.test(d) && d < LINK)
    .sort())
    db.exec(sql(dir))
  return db
}

describe('the migration that links each Restatement to its audit event', () => {
  it('links rows written before it to the restate event of the same figure and actor closest in time, each event once', () => {
    const db = databaseBeforeLink()
    const event = db.prepare('INSERT INTO "AuditEvent" ("at", "actor", "action", "entity", "entityId", "after") VALUES (?, ?, ?, ?, ?, ?)')
    const restatement = db.prepare(
      'INSERT INTO "Restatement" ("scope", "quarter", "metricKey", "oldValue", "newValue", "reason", "actor", "at") VALUES (?, ?, ?, 1, 2, ?, ?, ?)',
    )
    const releases = event.run(
      '2026-01-01T10:00:00.000+00:00',
      'ann',
      'figure.restate',
      'figure',
      'org/2026-Q1/releases',
      '{}',
    ).lastInsertRowid
    const uptime = event.run(
      '2026-01-01T10:00:01.000+00:00',
      'ann',
      'figure.restate',
      'figure',
      'org/2026-Q1/availability',
      '{}',
    ).lastInsertRowid
    // The same instant stored as epoch milliseconds, as another driver setting writes it.
    const byBob = event.run(
      Date.parse('2026-01-01T10:00:00Z'),
      'bob',
      'figure.restate',
      'figure',
      'org/2026-Q1/releases',
      '{}',
    ).lastInsertRowid
    event.run('2026-01-01T10:00:00.000+00:00', 'ann', 'target.set', 'target', 'org/2026-Q1/releases', '{}')
    const ids = [
      restatement.run('org', '2026-Q1', 'releases', 'typo', 'ann', '2026-01-01T10:00:00.010+00:00').lastInsertRowid,
      restatement.run('org', '2026-Q1', 'availability', 'typo', 'ann', '2026-01-01T10:00:01.004+00:00').lastInsertRowid,
      restatement.run('org', '2026-Q1', 'releases', 'late', 'bob', Date.parse('2026-01-01T10:00:00.020Z')).lastInsertRowid,
      // A second row that would match ann's releases event, further away in time: the event is taken.
      restatement.run('org', '2026-Q1', 'releases', 'typo', 'ann', '2026-01-01T10:00:00.900+00:00').lastInsertRowid,
      // From events: no audit event of its own.
      restatement.run('org', '2026-Q1', 'releases', 'recomputed', 'system:events', '2026-01-01T10:00:00.000+00:00').lastInsertRowid,
      // Same figure and actor, a minute later: too far to be the same change.
      restatement.run('org', '2026-Q1', 'availability', 'typo', 'ann', '2026-01-01T10:01:01.000+00:00').lastInsertRowid,
    ]

    db.exec(sql(LINK))

    const links = db.prepare('SELECT "id", "auditEventId" FROM "Restatement" ORDER BY "id"').all() as {
      id: number
      auditEventId: number | null
    }[]
    const expected = [releases, uptime, byBob, null, null, null]
    expect(links).toEqual(ids.map((id, i) => ({ id: Number(id), auditEventId: expected[i] === null ? null : Number(expected[i]) })))
    const before = db.prepare('SELECT "n" FROM "DataVersion"').pluck().get() as number
    db.prepare('UPDATE "Restatement" SET "reason" = ? WHERE "id" = ?').run('x', ids[0])
    // The table was rebuilt: its data-version triggers must be back, or cached pages would go stale.
    expect(db.prepare('SELECT "n" FROM "DataVersion"').pluck().get()).toBe(before + 1)
    db.close()
  })
})
