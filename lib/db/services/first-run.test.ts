import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

const temp = createTempDatabase('first-run')
let db: typeof import('../client')
let service: typeof import('./first-run')
let query: typeof import('../queries/first-run')
let settings: typeof import('./settings')
let teams: typeof import('./teams')
let readSettings: typeof import('../queries/settings')

beforeAll(async () => {
  db = await openAppClient(temp)
  service = await import('./first-run')
  query = await import('../queries/first-run')
  settings = await import('./settings')
  teams = await import('./teams')
  readSettings = await import('../queries/settings')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

describe('first-run checklist', () => {
  it('ticks steps from the data: nothing on an empty database, settings and teams once saved', async () => {
    expect(await query.getFirstRunProgress()).toEqual({
      orgNamed: false,
      calendarSet: false,
      demoRemoved: true,
      teamsAndPeople: false,
      quarterEntered: false,
      sourcesConnected: false,
    })
    const saved = await settings.updateSettings(
      { ...(await readSettings.getSettings()), orgName: 'Acme', timeZone: 'Europe/Paris' },
      'alice',
    )
    expect(saved.ok).toBe(true)
    await teams.createTeam({ name: 'Payments', slug: '' }, 'alice')
    await db.prisma.figure.create({ data: { scope: 'org', quarter: '2026-Q1', metricKey: 'releases', value: 4, source: 'demo' } })
    const progress = await query.getFirstRunProgress()
    expect(progress).toMatchObject({ orgNamed: true, calendarSet: true, demoRemoved: false, quarterEntered: false })
    // One team but only the one admin is not yet "teams and people".
    expect(progress.teamsAndPeople).toBe(false)
  })

  it('ticks each remaining step from its own rows, and not from rows that do not count', async () => {
    const p = db.prisma
    const progress = () => query.getFirstRunProgress()
    // People: a disabled person and the first admin are not yet "people"; a second enabled one is.
    await p.user.create({ data: { email: 'admin@example.test', name: 'A', passwordHash: '', role: 'admin' } })
    await p.user.create({ data: { email: 'gone@example.test', name: 'G', passwordHash: '', role: 'viewer', disabledAt: new Date() } })
    expect((await progress()).teamsAndPeople).toBe(false)
    await p.user.create({ data: { email: 'bea@example.test', name: 'B', passwordHash: '', role: 'editor' } })
    expect((await progress()).teamsAndPeople).toBe(true)
    // A quarter: a computed or empty figure does not count; an entered one does.
    await p.figure.create({ data: { scope: 'org', quarter: '2026-Q1', metricKey: 'deploy_frequency', value: 3, source: 'events' } })
    await p.figure.create({ data: { scope: 'org', quarter: '2026-Q1', metricKey: 'enps', value: null, source: 'manual' } })
    expect((await progress()).quarterEntered).toBe(false)
    await p.figure.create({ data: { scope: 'org', quarter: '2026-Q2', metricKey: 'enps', value: 12, source: 'import' } })
    expect((await progress()).quarterEntered).toBe(true)
    // Sources: a revoked or read-only token does not count; a connection does.
    const token = { name: 't', prefix: 'x', createdBy: 'alice' }
    await p.apiToken.create({ data: { ...token, scope: 'ingest', tokenHash: 'h1', revokedAt: new Date() } })
    await p.apiToken.create({ data: { ...token, scope: 'read', tokenHash: 'h2' } })
    expect((await progress()).sourcesConnected).toBe(false)
    await p.connection.create({ data: { provider: 'github', name: 'gh', secretEncrypted: 'v1.x', createdBy: 'alice' } })
    expect((await progress()).sourcesConnected).toBe(true)
    // Demo data: gone only when no demo figure, target, commentary or team is left.
    await p.figure.deleteMany({ where: { source: 'demo' } })
    expect((await progress()).demoRemoved).toBe(true)
    const demoTeam = await p.team.create({ data: { slug: 'demo-team', name: 'Demo team', isDemo: true } })
    expect((await progress()).demoRemoved).toBe(false)
    await p.team.delete({ where: { id: demoTeam.id } })
    expect((await progress()).demoRemoved).toBe(true)
  })

  it('stores a dismissal once, with one audit event, and reports it', async () => {
    expect(await query.isFirstRunDismissed()).toBe(false)
    expect(await service.dismissFirstRun('alice')).toEqual({ changed: true })
    expect(await service.dismissFirstRun('bob')).toEqual({ changed: false })
    expect(await query.isFirstRunDismissed()).toBe(true)
    expect((await query.readFirstRun()).dismissed).toBe(true)
    const events = await db.prisma.auditEvent.findMany({ where: { action: 'first-run.dismiss' } })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ actor: 'alice', entity: 'settings', entityId: 'first-run' })
  })
})
