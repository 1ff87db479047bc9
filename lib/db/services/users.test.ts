import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
const temp = createTempDatabase('users-service')
let db: typeof import('../client')
let users: typeof import('./users')

beforeAll(async () => {
  db = await openAppClient(temp)
  users = await import('./users')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  await db.prisma.auditEvent.deleteMany()
  await db.prisma.session.deleteMany()
  await db.prisma.user.deleteMany()
})

const PASSWORD = 'a long enough passphrase'

async function make(email: string, role: string, categories: string[] = []) {
  const result = await users.createUser({ email, name: email.split('@')[0], role, categories, password: PASSWORD }, 'setup')
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors))
  return result.user
}

async function openSession(userId: string) {
  const expiresAt = new Date(Date.now() + 3_600_000)
  await db.prisma.session.create({ data: { tokenHash: `hash-${userId}-${Math.random()}`, userId, expiresAt } })
}

const auditFor = (entityId: string) => db.prisma.auditEvent.findMany({ where: { entity: 'user', entityId }, orderBy: { id: 'asc' } })

describe('createUser', () => {
  it('stores the user with an argon2id hash and audits who was added, never the password', async () => {
    const result = await users.createUser(
      { email: 'HR@Example.test', name: 'Hana', role: 'owner', categories: ['talent'], password: PASSWORD },
      'ada@example.test',
    )
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors))
    expect(result.user).toMatchObject({ email: 'hr@example.test', name: 'Hana', role: 'owner', categories: ['talent'], disabled: false })

    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: result.id } })
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/)
    const { verifyPassword } = await import('@/lib/auth/password')
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(true)

    const [event] = await auditFor(result.id)
    expect(event).toMatchObject({ actor: 'ada@example.test', action: 'user.create', before: null })
    expect(JSON.parse(event.after ?? '')).toEqual({ email: 'hr@example.test', name: 'Hana', role: 'owner', categories: ['talent'] })
    expect(event.after).not.toContain(PASSWORD)
    expect(event.after).not.toContain('argon2')
  })

  it('refuses an email already used (whatever its case) and writes nothing', async () => {
    await make('eddie@example.test', 'editor')
    const [usersBefore, auditBefore] = [await db.prisma.user.count(), await db.prisma.auditEvent.count()]
    const again = await users.createUser({ email: 'Eddie@EXAMPLE.test', name: 'Other', role: 'viewer', password: PASSWORD }, 'ada')
    expect(again).toEqual({ ok: false, fieldErrors: { email: 'A user with this email already exists.' } })
    expect(await db.prisma.user.count()).toBe(usersBefore)
    expect(await db.prisma.auditEvent.count()).toBe(auditBefore)
  })

  it('refuses a common password before touching the database', async () => {
    const result = await users.createUser({ email: 'v@example.test', name: 'V', role: 'viewer', password: 'password123' }, 'ada')
    expect(result).toEqual({ ok: false, fieldErrors: { password: 'This password is too common; choose another.' } })
    expect(await db.prisma.user.count()).toBe(0)
    expect(await db.prisma.auditEvent.count()).toBe(0)
  })
})

describe('setUserDisabled', () => {
  it('disables a user, ends all their sessions at once and audits it; re-enabling lets them back', async () => {
    await make('ada@example.test', 'admin')
    const viewer = await make('vera@example.test', 'viewer')
    await openSession(viewer.id)
    await openSession(viewer.id)

    const result = await users.setUserDisabled({ id: viewer.id, disabled: 'true' }, 'ada@example.test')
    expect(result).toMatchObject({ ok: true, changed: true, user: { disabled: true } })
    expect(await db.prisma.session.count({ where: { userId: viewer.id } })).toBe(0)

    expect(await users.setUserDisabled({ email: 'VERA@example.test', disabled: false }, 'cli:ops')).toMatchObject({
      ok: true,
      changed: true,
      user: { disabled: false },
    })
    const events = await auditFor(viewer.id)
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['user.create', 'setup'],
      ['user.disable', 'ada@example.test'],
      ['user.enable', 'cli:ops'],
    ])
    expect(JSON.parse(events[1].before ?? '')).toEqual({ email: 'vera@example.test', disabled: false })
    expect(JSON.parse(events[1].after ?? '')).toEqual({ email: 'vera@example.test', disabled: true })
  })

  it('records nothing when the user is already in the state asked for', async () => {
    const viewer = await make('vera@example.test', 'viewer')
    expect(await users.setUserDisabled({ id: viewer.id, disabled: false }, 'ada')).toMatchObject({ ok: true, changed: false })
    expect((await auditFor(viewer.id)).map((e) => e.action)).toEqual(['user.create'])
  })

  it('never disables the last active admin, nor lets anyone disable themselves', async () => {
    const ada = await make('ada@example.test', 'admin')
    await openSession(ada.id)
    expect(await users.setUserDisabled({ id: ada.id, disabled: true }, 'cli:ops')).toEqual({
      ok: false,
      fieldErrors: { form: 'The last active admin cannot be disabled.' },
    })
    const bob = await make('bob@example.test', 'admin')
    expect(await users.setUserDisabled({ id: ada.id, disabled: true }, 'ada@example.test')).toEqual({
      ok: false,
      fieldErrors: { form: 'You cannot disable your own account; another admin can.' },
    })
    expect(await db.prisma.session.count({ where: { userId: ada.id } })).toBe(1)
    // With a second active admin, another admin may disable Ada.
    expect(await users.setUserDisabled({ id: ada.id, disabled: true }, bob.email)).toMatchObject({ ok: true, changed: true })
    expect(await users.setUserDisabled({ id: bob.id, disabled: true }, 'cli:ops')).toMatchObject({ ok: false })
  })

  it('says which user is unknown', async () => {
    expect(await users.setUserDisabled({ email: 'nobody@example.test', disabled: true }, 'cli:ops')).toEqual({
      ok: false,
      fieldErrors: { email: 'No user has this email address.' },
    })
    expect(await users.setUserDisabled({ id: 'missing', disabled: true }, 'ada')).toEqual({
      ok: false,
      fieldErrors: { form: 'This user no longer exists. Reload the page.' },
    })
  })
})

describe('setUserRole', () => {
  it('changes role and owned categories, audits before and after, and keeps sessions', async () => {
    await make('ada@example.test', 'admin')
    const eddie = await make('eddie@example.test', 'editor')
    await openSession(eddie.id)
    const result = await users.setUserRole({ id: eddie.id, role: 'owner', categories: ['talent', 'security'] }, 'ada@example.test')
    expect(result).toMatchObject({ ok: true, changed: true, user: { role: 'owner', categories: ['security', 'talent'] } })
    expect(await db.prisma.session.count({ where: { userId: eddie.id } })).toBe(1)
    const [, event] = await auditFor(eddie.id)
    expect(event).toMatchObject({ action: 'user.role', actor: 'ada@example.test' })
    expect(JSON.parse(event.before ?? '')).toEqual({ role: 'editor', categories: [] })
    expect(JSON.parse(event.after ?? '')).toEqual({ role: 'owner', categories: ['security', 'talent'] })
  })

  it('records nothing when nothing changes, whatever order the categories come in', async () => {
    const hana = await make('hana@example.test', 'owner', ['talent', 'security'])
    expect(await users.setUserRole({ id: hana.id, role: 'owner', categories: ['talent', 'security'] }, 'ada')).toMatchObject({
      ok: true,
      changed: false,
    })
    expect((await auditFor(hana.id)).map((e) => e.action)).toEqual(['user.create'])
  })

  it('keeps the last active admin an admin; a disabled admin does not count', async () => {
    const ada = await make('ada@example.test', 'admin')
    const bob = await make('bob@example.test', 'admin')
    await users.setUserDisabled({ id: bob.id, disabled: true }, ada.email)
    expect(await users.setUserRole({ id: ada.id, role: 'editor' }, ada.email)).toEqual({
      ok: false,
      fieldErrors: { role: 'The last active admin must stay admin.' },
    })
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ada.id } })).role).toBe('admin')
    // Bob is disabled, so demoting him leaves Ada as the active admin.
    expect(await users.setUserRole({ id: bob.id, role: 'viewer' }, ada.email)).toMatchObject({ ok: true, user: { role: 'viewer' } })
  })

  it('refuses a category owner without categories', async () => {
    const eddie = await make('eddie@example.test', 'editor')
    expect(await users.setUserRole({ id: eddie.id, role: 'owner', categories: [] }, 'ada')).toEqual({
      ok: false,
      fieldErrors: { categories: 'A category owner needs at least one category.' },
    })
  })
})

describe('listUsers', () => {
  it('lists every user by email, disabled ones included', async () => {
    await make('zed@example.test', 'viewer')
    const amy = await make('amy@example.test', 'owner', ['business'])
    await make('ada@example.test', 'admin')
    await users.setUserDisabled({ id: amy.id, disabled: true }, 'ada@example.test')
    const list = await users.listUsers()
    expect(list.map((u) => [u.email, u.role, u.categories, u.disabled])).toEqual([
      ['ada@example.test', 'admin', [], false],
      ['amy@example.test', 'owner', ['business'], true],
      ['zed@example.test', 'viewer', [], false],
    ])
    expect(list[0]).not.toHaveProperty('passwordHash')
  })
})
