import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runConcurrencyCheck } from './concurrency-check'
import { CHECK_FIGURE, verify, type SaveOutcome } from './concurrency-verify'
import { createTempDatabase, type TempDatabase } from '@/tooling/db/temp-database'

// Real processes on a real migrated file: 5 OS processes × 10 writers × 20 saves of one figure.
let temp: TempDatabase
beforeAll(() => {
  temp = createTempDatabase('concurrency-test')
}, 60_000)
afterAll(() => temp?.remove())

describe('the concurrency check', () => {
  it('ends 50 writers × 20 saves of one figure with 0 lost updates', async () => {
    const report = await runConcurrencyCheck({ databaseUrl: temp.url, processes: 5, writersPerProcess: 10, savesPerWriter: 20 })

    expect(report.errors).toEqual([])
    expect(report.problems).toEqual([])
    expect(report.lostUpdates).toBe(0)
    expect(report.attempts).toBe(1000)
    expect(report.accepted + report.refused).toBe(1000)
    // Both outcomes really happened, so the version check was exercised, not bypassed.
    expect(report.accepted).toBeGreaterThan(0)
    expect(report.refused).toBeGreaterThan(0)
    expect(report.finalVersion).toBe(report.accepted)
    expect(report.finalValue).toBe(report.lastAccepted?.value)
    expect(report.lastAccepted?.version).toBe(report.accepted)
  }, 180_000)

  it('counts a save that was accepted but overwritten without a new version as lost', () => {
    // The failure the check exists for: two writers both told "saved as version 1", one value survives.
    const db = new Database(temp.file)
    const baseline = { version: 0, lastAuditId: (db.prepare('SELECT MAX(id) AS id FROM AuditEvent').get() as { id: number }).id }
    const { scope, quarter, metricKey } = CHECK_FIGURE
    db.prepare('DELETE FROM Figure WHERE scope = ? AND quarter = ? AND metricKey = ?').run(scope, quarter, metricKey)
    db.prepare('INSERT INTO Figure (scope, quarter, metricKey, value, version, updatedAt) VALUES (?, ?, ?, 2, 1, 0)').run(
      scope,
      quarter,
      metricKey,
    )
    db.prepare("INSERT INTO AuditEvent (actor, action, entity, entityId, \"after\") VALUES ('w', 'figure.create', 'figure', ?, ?)").run(
      `${scope}/${quarter}/${metricKey}`,
      JSON.stringify({ value: 2, version: 1 }),
    )
    db.close()
    const outcomes: SaveOutcome[] = [
      { writer: 0, value: 1, result: 'accepted', version: 1 },
      { writer: 1, value: 2, result: 'accepted', version: 1 },
      { writer: 2, value: 3, result: 'refused', version: null },
    ]

    const report = verify(temp.file, baseline, outcomes)

    expect(report.lostUpdates).toBe(1)
    expect(report.problems).toEqual([
      '1 audit events for 2 accepted saves',
      'version moved 1 for 2 accepted saves',
      'final value 2 is not the last accepted 1',
    ])
  })
})
