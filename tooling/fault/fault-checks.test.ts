import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '@/tooling/db/temp-database'
import { makeBatch, type SentBatch } from './fault-batches'
import { checkDatabase } from './fault-checks'

// The fault test's verdict must be able to fail: a database broken in each way it looks for.
let temp: TempDatabase

beforeAll(() => {
  temp = createTempDatabase('fault-checks')
}, 120_000)

afterAll(() => temp?.remove())

function store(batch: SentBatch, count = batch.items.length, audit = true) {
  const db = new Database(temp.file)
  const now = new Date().toISOString()
  db.transaction(() => {
    for (const item of batch.items.slice(0, count)) {
      const { id: deploymentId } = db
        .prepare('INSERT INTO Deployment (externalId, deployedAt, receivedAt) VALUES (?, ?, ?) RETURNING id')
        .get(item.id, now, now) as { id: number }
      for (const c of item.commits ?? []) {
        db.prepare('INSERT INTO DeploymentCommit (deploymentId, sha, committedAt) VALUES (?, ?, ?)').run(deploymentId, c.sha, now)
        db.prepare('INSERT INTO FirstDeploy (sha, deploymentId, committedAt, deployedAt) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
          c.sha,
          deploymentId,
          now,
          now,
        )
      }
    }
    if (audit)
      db.prepare(
        "INSERT INTO AuditEvent (actor, action, entity, entityId, at) VALUES ('t', 'events.deployments', 'events', 'deployments', ?)",
      ).run(now)
  })()
  db.close()
}

describe('checkDatabase', () => {
  it('passes a consistent database and reports each kind of damage', () => {
    const acknowledged = { ...makeBatch(0, 5), outcome: 'ok' as const }
    const lost = { ...makeBatch(1, 5), outcome: 'unknown' as const }
    store(acknowledged)
    expect(checkDatabase(temp.file, [acknowledged, lost])).toEqual({ problems: [], integrity: 'ok', stored: 1 })

    store(lost, 3)
    const partial = checkDatabase(temp.file, [acknowledged, lost]).problems
    expect(partial).toContain('batch 1 (unknown) is partly stored: 3 of 5 items')

    const missing = { ...makeBatch(3, 4), outcome: 'ok' as const }
    const refused = { ...makeBatch(4, 2), outcome: 'refused' as const, answer: '400' }
    store(refused, 2, false)
    const problems = checkDatabase(temp.file, [acknowledged, missing, refused]).problems
    expect(problems).toContain('batch 3 was acknowledged but 4 of its 4 items are missing')
    expect(problems).toContain('batch 4 was refused (400) but 2 items are stored')
    expect(problems).toContain('Deployment holds rows no stored batch accounts for')

    const db = new Database(temp.file)
    db.prepare('DELETE FROM FirstDeploy WHERE rowid IN (SELECT rowid FROM FirstDeploy LIMIT 1)').run()
    db.prepare(
      "INSERT INTO AuditEvent (actor, action, entity, entityId, at) VALUES ('t', 'events.incidents', 'events', 'incidents', '2026-01-01')",
    ).run()
    db.close()
    const later = checkDatabase(temp.file, [acknowledged, lost]).problems
    expect(later).toContain('FirstDeploy disagrees with the stored commits for 1 changes')
    expect(later).toContain('3 ingest audit events for 1 stored batches (want one each)')
  })
})
