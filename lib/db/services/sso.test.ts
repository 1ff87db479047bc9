import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from '@/tooling/db/temp-database'

// Single sign-on's writes against a real migrated database: provisioning, the disabled check, the
// settings (secret sealed, never audited) and password sign-in kept for the break-glass admin only.
let temp: TempDatabase
let db: typeof import('../client')
let sso: typeof import('./sso-sign-in')
let settings: typeof import('./sso-settings')
let signIn: typeof import('./sign-in').signIn
let getSsoSetup: typeof import('../queries/sso-settings').getSsoSetup

const PASSWORD = 'a long and unusual passphrase 9'
const ADMIN = 'root@example.test'
const SECRET = 'client-secret-that-must-stay-hidden'
const POLICY = { providerName: 'Okta', defaultRole: 'viewer' as const, groupRoles: [{ group: 'eng', role: 'editor' as const }] }
const CONNECTION = {
  providerName: 'Okta',
  issuer: 'https://idp.example',
  clientId: 'scorecard',
  scopes: 'openid email',
  defaultRole: 'viewer',
  groupsClaim: 'groups',
  passwordSignIn: 'everyone',
}

beforeAll(async () => {
  temp = createTempDatabase('sso')
  db = await openAppClient(temp)
  sso = await import('./sso-sign-in')
  settings = await import('./sso-settings')
  signIn = (await import('./sign-in')).signIn
  getSsoSetup = (await import('../queries/sso-settings')).getSsoSetup
  const users = await import('./users')
  await users.createUser({ email: ADMIN, name: 'Root', role: 'admin', categories: [], password: PASSWORD }, 'test')
  await users.createUser({ email: 'ed@example.test', name: 'Ed', role: 'editor', categories: [], password: PASSWORD }, 'test')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

const audits = (action: string) => db.prisma.auditEvent.findMany({ where: { action }, orderBy: { id: 'asc' } })

describe('signInWithSso', () => {
  it('provisions a new person with the role their groups map to, once, and audits both steps', async () => {
    const first = await sso.signInWithSso({ email: 'new@example.test', name: 'New Person', groups: ['staff', 'eng'] }, POLICY)
    expect(first).toMatchObject({ ok: true, provisioned: true })
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'new@example.test' } })
    expect(user).toMatchObject({ name: 'New Person', role: 'editor', passwordHash: '' })
    // An admin's later change in the app holds: the groups decide only the first role.
    await db.prisma.user.update({ where: { id: user.id }, data: { role: 'owner' } })
    const again = await sso.signInWithSso({ email: 'new@example.test', name: 'New Person', groups: ['eng'] }, POLICY)
    expect(again).toMatchObject({ ok: true, provisioned: false })
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe('owner')
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(2)
    expect((await audits('user.provision')).map((a) => JSON.parse(a.after ?? '{}'))).toEqual([
      { email: 'new@example.test', name: 'New Person', role: 'editor', groups: ['staff', 'eng'], provider: 'Okta' },
    ])
    expect(await audits('session.sign-in-sso')).toHaveLength(2)
  })

  it('gives the default role when no group is mapped, and never a password', async () => {
    await sso.signInWithSso({ email: 'plain@example.test', name: 'Plain', groups: [] }, POLICY)
    expect(await db.prisma.user.findUniqueOrThrow({ where: { email: 'plain@example.test' } })).toMatchObject({ role: 'viewer' })
    expect(await signIn('plain@example.test', '', '192.0.2.9')).toMatchObject({ ok: false, status: 401 })
  })

  it('refuses a person disabled in the app, opens no session and audits the refusal', async () => {
    const user = await db.prisma.user.update({ where: { email: 'plain@example.test' }, data: { disabledAt: new Date() } })
    const sessions = await db.prisma.session.count({ where: { userId: user.id } })
    expect(await sso.signInWithSso({ email: 'plain@example.test', name: 'Plain', groups: ['eng'] }, POLICY)).toEqual({
      ok: false,
      reason: 'disabled',
    })
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(sessions)
    expect((await audits('session.sso-refused')).at(-1)).toMatchObject({ entityId: user.id, actor: 'plain@example.test' })
  })
})

describe('updateSsoSettings', () => {
  it('seals the client secret, keeps it when the field is blank, and never puts it in the audit', async () => {
    expect(
      await settings.updateSsoSettings({ ...CONNECTION, clientSecret: SECRET, groupRoles: 'eng = editor' }, ADMIN, false),
    ).toMatchObject({ ok: true })
    const row = await db.prisma.setting.findUniqueOrThrow({ where: { key: 'sso.clientSecret' } })
    expect(row.value).not.toContain(SECRET)
    const setup = await getSsoSetup({})
    expect(setup.resolved).toEqual({
      configured: true,
      source: 'settings',
      connection: { issuer: 'https://idp.example', clientId: 'scorecard', clientSecret: SECRET },
    })
    expect(setup.settings.groupRoles).toEqual([{ group: 'eng', role: 'editor' }])

    expect(await settings.updateSsoSettings({ ...CONNECTION, groupRoles: 'eng = editor' }, ADMIN, false)).toEqual({ ok: true, changed: [] })
    expect((await getSsoSetup({})).resolved).toMatchObject({ connection: { clientSecret: SECRET } })
    const events = await audits('sso.settings')
    expect(events).toHaveLength(1)
    expect(JSON.stringify(events)).not.toContain(SECRET)
    expect(JSON.parse(events[0].after ?? '{}')).toMatchObject({ issuer: 'https://idp.example', clientSecret: 'changed' })
  })

  it('lets the environment win over the saved connection', async () => {
    const setup = await getSsoSetup({ OIDC_ISSUER: 'https://env.example', OIDC_CLIENT_ID: 'env' })
    expect(setup.resolved).toMatchObject({ source: 'env', connection: { issuer: 'https://env.example', clientId: 'env' } })
  })

  it('refuses a bad mapping, and a break-glass account that is not an active admin, changing nothing', async () => {
    const before = await db.prisma.setting.findMany({ orderBy: { key: 'asc' } })
    expect(await settings.updateSsoSettings({ ...CONNECTION, groupRoles: 'eng = boss' }, ADMIN, false)).toEqual({
      ok: false,
      fieldErrors: { groupRoles: 'Line 1: "boss" is not a role (admin, editor, owner or viewer).' },
    })
    const breakGlass = { ...CONNECTION, passwordSignIn: 'break-glass' }
    expect(await settings.updateSsoSettings({ ...breakGlass, breakGlassEmail: 'ed@example.test' }, ADMIN, false)).toEqual({
      ok: false,
      fieldErrors: { breakGlassEmail: 'The break-glass account must be an active admin.' },
    })
    const noProvider = { ...breakGlass, issuer: '', clientId: '', providerName: '', breakGlassEmail: ADMIN }
    expect(await settings.updateSsoSettings(noProvider, ADMIN, false)).toMatchObject({
      ok: false,
      fieldErrors: { passwordSignIn: expect.any(String) },
    })
    expect(await db.prisma.setting.findMany({ orderBy: { key: 'asc' } })).toEqual(before)
  })

  it('turns password sign-in off for everyone but the break-glass admin, without telling who that is to a wrong password', async () => {
    expect(
      await settings.updateSsoSettings(
        { ...CONNECTION, groupRoles: 'eng = editor', passwordSignIn: 'break-glass', breakGlassEmail: ` ${ADMIN.toUpperCase()} ` },
        ADMIN,
        false,
      ),
    ).toMatchObject({ ok: true })
    expect(await signIn(ADMIN, PASSWORD, '192.0.2.10')).toMatchObject({ ok: true })
    expect(await signIn('ed@example.test', PASSWORD, '192.0.2.10')).toEqual({
      ok: false,
      status: 403,
      message: 'Password sign-in is turned off for this organisation. Use "Sign in with Okta".',
    })
    expect(await signIn('ed@example.test', 'wrong password entirely', '192.0.2.10')).toMatchObject({
      status: 401,
      message: 'Email or password is wrong.',
    })
    expect(await audits('session.password-refused')).toHaveLength(1)
  })
})
