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

  it('stores a dismissal once, with one audit event, and reports it', async () => {
    expect(await query.isFirstRunDismissed()).toBe(false)
    expect(await service.dismissFirstRun('alice')).toEqual({ changed: true })
    expect(await service.dismissFirstRun('bob')).toEqual({ changed: false })
    expect(await query.isFirstRunDismissed()).toBe(true)
    const events = await db.prisma.auditEvent.findMany({ where: { action: 'first-run.dismiss' } })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ actor: 'alice', entity: 'settings', entityId: 'first-run' })
  })
})
