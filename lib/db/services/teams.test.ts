import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
const temp = createTempDatabase('teams-service')
const url = temp.url
let db: typeof import('../client')
let teams: typeof import('./teams')

beforeAll(async () => {
  db = await openAppClient(temp)
  teams = await import('./teams')
  const { databaseUrl } = await import('@/lib/config/database-url')
  expect(databaseUrl()).toBe(url)
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  await db.prisma.auditEvent.deleteMany()
  await db.prisma.team.deleteMany()
})

async function auditFor(entityId: string) {
  return db.prisma.auditEvent.findMany({ where: { entity: 'team', entityId }, orderBy: { id: 'asc' } })
}

describe('createTeam', () => {
  it('creates the team with a slug derived from its name and audits it', async () => {
    const result = await teams.createTeam({ name: 'Data Platform', slug: '' }, 'alice')
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors))
    expect(result.team).toMatchObject({ name: 'Data Platform', slug: 'data-platform', archived: false, isDemo: false })
    const [event] = await auditFor(result.team.id)
    expect(event).toMatchObject({ actor: 'alice', action: 'team.create', before: null })
    expect(JSON.parse(event.after ?? '')).toEqual({ name: 'Data Platform', slug: 'data-platform' })
  })

  it('refuses a duplicate slug with a field error and writes nothing', async () => {
    const first = await teams.createTeam({ name: 'Payments', slug: 'payments' }, 'alice')
    expect(first.ok).toBe(true)
    const [teamsBefore, auditBefore] = [await db.prisma.team.count(), await db.prisma.auditEvent.count()]

    const again = await teams.createTeam({ name: 'Payments Two', slug: 'payments' }, 'bob')
    expect(again).toEqual({ ok: false, fieldErrors: { slug: expect.stringContaining('already used by the team Payments') } })
    expect(await db.prisma.team.count()).toBe(teamsBefore)
    expect(await db.prisma.auditEvent.count()).toBe(auditBefore)
  })

  it('refuses a slug held by an archived team', async () => {
    const first = await teams.createTeam({ name: 'Mobile', slug: '' }, 'alice')
    if (!first.ok) throw new Error('setup failed')
    await teams.setTeamArchived({ id: first.team.id, archived: 'true' }, 'alice')
    const again = await teams.createTeam({ name: 'Mobile apps', slug: 'mobile' }, 'alice')
    expect(again.ok).toBe(false)
    expect(!again.ok && again.fieldErrors.slug).toMatch(/archived/)
  })

  it('refuses a name that differs from an existing team only in case and spacing, naming that team', async () => {
    const first = await teams.createTeam({ name: 'Payments', slug: '' }, 'alice')
    if (!first.ok) throw new Error('setup failed')
    const [teamsBefore, auditBefore] = [await db.prisma.team.count(), await db.prisma.auditEvent.count()]
    for (const name of ['payments', '  PAYMENTS ', 'Payments\u00a0']) {
      const again = await teams.createTeam({ name, slug: 'payments-2' }, 'bob')
      expect(again).toEqual({ ok: false, fieldErrors: { name: expect.stringContaining('“Payments” already exists') } })
    }
    expect(await db.prisma.team.count()).toBe(teamsBefore)
    expect(await db.prisma.auditEvent.count()).toBe(auditBefore)
  })

  it('stores the name tidied, and refuses a clash with an archived team saying it is archived', async () => {
    const first = await teams.createTeam({ name: '  Data   Platform ', slug: '' }, 'alice')
    if (!first.ok) throw new Error('setup failed')
    expect(first.team.name).toBe('Data Platform')
    await teams.setTeamArchived({ id: first.team.id, archived: true }, 'alice')
    const again = await teams.createTeam({ name: 'data platform', slug: 'dp' }, 'alice')
    expect(!again.ok && again.fieldErrors.name).toMatch(/“Data Platform” already exists.*archived/)
  })

  it('refuses invalid input before touching the database', async () => {
    const result = await teams.createTeam({ name: 'Org', slug: 'org' }, 'alice')
    expect(result).toEqual({ ok: false, fieldErrors: { slug: expect.stringMatching(/reserved/) } })
    expect(await db.prisma.team.count()).toBe(0)
    expect(await db.prisma.auditEvent.count()).toBe(0)
  })
})

describe('renameTeam', () => {
  it('changes name and slug and audits before and after', async () => {
    const created = await teams.createTeam({ name: 'Platfrom', slug: 'platfrom' }, 'alice')
    if (!created.ok) throw new Error('setup failed')
    const renamed = await teams.renameTeam({ id: created.team.id, name: 'Platform', slug: 'platform' }, 'bob')
    expect(renamed).toMatchObject({ ok: true, changed: true, team: { id: created.team.id, name: 'Platform', slug: 'platform' } })
    const events = await auditFor(created.team.id)
    expect(events.map((e) => e.action)).toEqual(['team.create', 'team.rename'])
    expect(events[1].actor).toBe('bob')
    expect(JSON.parse(events[1].before ?? '')).toEqual({ name: 'Platfrom', slug: 'platfrom' })
    expect(JSON.parse(events[1].after ?? '')).toEqual({ name: 'Platform', slug: 'platform' })
  })

  it('refuses a slug another team uses, and leaves both teams as they were', async () => {
    const a = await teams.createTeam({ name: 'Alpha', slug: 'alpha' }, 'alice')
    const b = await teams.createTeam({ name: 'Beta', slug: 'beta' }, 'alice')
    if (!a.ok || !b.ok) throw new Error('setup failed')
    const result = await teams.renameTeam({ id: b.team.id, name: 'Beta', slug: 'alpha' }, 'alice')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.fieldErrors.slug).toMatch(/already used by the team Alpha/)
    expect(await db.prisma.team.findUnique({ where: { id: b.team.id } })).toMatchObject({ slug: 'beta', name: 'Beta' })
    expect((await auditFor(b.team.id)).map((e) => e.action)).toEqual(['team.create'])
  })

  it('refuses renaming to another team’s name in other case, but allows recasing its own name', async () => {
    const a = await teams.createTeam({ name: 'Alpha', slug: 'alpha' }, 'alice')
    const b = await teams.createTeam({ name: 'Beta', slug: 'beta' }, 'alice')
    if (!a.ok || !b.ok) throw new Error('setup failed')
    const clash = await teams.renameTeam({ id: b.team.id, name: 'ALPHA', slug: 'beta' }, 'alice')
    expect(!clash.ok && clash.fieldErrors.name).toMatch(/“Alpha” already exists/)
    expect(await db.prisma.team.findUnique({ where: { id: b.team.id } })).toMatchObject({ name: 'Beta' })
    expect(await teams.renameTeam({ id: a.team.id, name: 'ALPHA', slug: 'alpha' }, 'alice')).toMatchObject({ ok: true, changed: true })
  })

  it('keeps its own slug when only the name changes, and records nothing when nothing changes', async () => {
    const a = await teams.createTeam({ name: 'Alpha', slug: 'alpha' }, 'alice')
    if (!a.ok) throw new Error('setup failed')
    expect(await teams.renameTeam({ id: a.team.id, name: 'Alpha team', slug: 'alpha' }, 'alice')).toMatchObject({ ok: true, changed: true })
    expect(await teams.renameTeam({ id: a.team.id, name: 'Alpha team', slug: 'alpha' }, 'alice')).toMatchObject({
      ok: true,
      changed: false,
    })
    expect((await auditFor(a.team.id)).map((e) => e.action)).toEqual(['team.create', 'team.rename'])
  })

  it('says so when the team no longer exists', async () => {
    const result = await teams.renameTeam({ id: 'missing', name: 'X', slug: 'x' }, 'alice')
    expect(result).toEqual({ ok: false, fieldErrors: { form: expect.stringMatching(/no longer exists/) } })
  })
})

describe('setTeamArchived', () => {
  it('archives and restores a team, keeping its figures, and audits both', async () => {
    const created = await teams.createTeam({ name: 'Payments', slug: '' }, 'alice')
    if (!created.ok) throw new Error('setup failed')
    const id = created.team.id
    await db.prisma.figure.create({ data: { scope: id, quarter: '2026-Q1', metricKey: 'releases', value: 4 } })

    expect(await teams.setTeamArchived({ id, archived: 'true' }, 'alice')).toMatchObject({
      ok: true,
      changed: true,
      team: { archived: true },
    })
    const { listTeams } = await import('../queries/teams')
    expect((await listTeams()).map((t) => t.id)).not.toContain(id)
    expect((await listTeams({ includeArchived: true })).map((t) => t.id)).toContain(id)
    expect(await db.prisma.figure.count({ where: { scope: id } })).toBe(1)

    expect(await teams.setTeamArchived({ id, archived: 'false' }, 'bob')).toMatchObject({ ok: true, team: { archived: false } })
    const events = await auditFor(id)
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['team.create', 'alice'],
      ['team.archive', 'alice'],
      ['team.unarchive', 'bob'],
    ])
    expect(JSON.parse(events[1].before ?? '')).toEqual({ archived: false })
    expect(JSON.parse(events[1].after ?? '')).toEqual({ archived: true })
    await db.prisma.figure.deleteMany()
  })
})
