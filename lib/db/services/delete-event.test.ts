import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearEvents, closeIngestTestDb, openIngestTestDb, staleMarks, type IngestTestDb } from '@/tooling/db/ingest-test-support'

let t: IngestTestDb
let deleteEvent: typeof import('./delete-event').deleteEvent
let teamId: string

beforeAll(async () => {
  t = await openIngestTestDb('delete-event')
  deleteEvent = (await import('./delete-event')).deleteEvent
  teamId = (await t.db.prisma.team.create({ data: { slug: 'alpha', name: 'Alpha' } })).id
}, 120_000)

afterAll(() => closeIngestTestDb(t))

beforeEach(() => clearEvents(t))

async function seed() {
  expect(
    await t.deployments.ingestDeployments(
      [
        { id: 'd-1', deployedAt: '2026-02-10T10:00:00Z', team: 'alpha', commits: [{ sha: 'a1', committedAt: '2026-02-09T10:00:00Z' }] },
        { id: 'd-2', deployedAt: '2026-05-10T10:00:00Z', team: 'alpha', commits: [{ sha: 'a1', committedAt: '2026-02-09T10:00:00Z' }] },
      ],
      'test',
    ),
  ).toMatchObject({ ok: true })
  expect(
    await t.incidents.ingestIncidents(
      [{ id: 'i-1', openedAt: '2026-08-01T10:00:00Z', resolvedAt: '2026-08-01T12:00:00Z', severity: 2, causedBy: 'd-1' }],
      'test',
    ),
  ).toMatchObject({ ok: true })
  await t.db.prisma.staleEventFigures.deleteMany()
}

describe('deleteEvent', () => {
  it("deletes a deployment with its commits, moves the change's first deployment on, marks the quarters stale and audits it", async () => {
    await seed()
    expect(await deleteEvent('deployment', 'd-1', 'cli:admin')).toEqual({ ok: true, kind: 'deployment', id: 'd-1', stale: 4 })
    expect(await t.db.prisma.deployment.findUnique({ where: { externalId: 'd-1' } })).toBeNull()
    expect(await t.db.prisma.deploymentCommit.count()).toBe(1)
    expect((await t.db.prisma.firstDeploy.findUniqueOrThrow({ where: { sha: 'a1' } })).deployedAt).toEqual(new Date('2026-05-10T10:00:00Z'))
    expect(await staleMarks(t)).toEqual([`${teamId}/2026-Q1`, `${teamId}/2026-Q2`, 'org/2026-Q1', 'org/2026-Q2'].sort())
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'events.deployment.delete' } })
    expect(audit).toMatchObject({ actor: 'cli:admin', entity: 'deployment', entityId: 'd-1' })
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ teamId, commits: 1 })
  })

  it("deletes an incident and marks its quarters and its cause's quarter stale", async () => {
    await seed()
    expect(await deleteEvent('incident', 'i-1', 'cli:admin')).toMatchObject({ ok: true, stale: 3 })
    expect(await t.db.prisma.incident.count()).toBe(0)
    expect(await staleMarks(t)).toEqual([`${teamId}/2026-Q1`, 'org/2026-Q1', 'org/2026-Q3'].sort())
  })

  it('answers 404 for an unknown id and changes nothing', async () => {
    await seed()
    const audits = await t.db.prisma.auditEvent.count()
    expect(await deleteEvent('incident', 'd-1', 'cli:admin')).toEqual({ ok: false, status: 404, message: 'No incident has the id "d-1".' })
    expect(await t.db.prisma.auditEvent.count()).toBe(audits)
    expect(await t.db.prisma.deployment.count()).toBe(2)
  })

  it('removes a far-future deployment stored before the event window existed', async () => {
    await t.db.prisma.deployment.create({ data: { externalId: 'far', deployedAt: new Date('9999-12-31T23:59:59Z') } })
    expect(await deleteEvent('deployment', 'far', 'cli:admin')).toMatchObject({ ok: true, stale: 0 })
    expect(await t.db.prisma.deployment.count()).toBe(0)
  })
})
