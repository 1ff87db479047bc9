import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from '@/tooling/db/temp-database'

let temp: TempDatabase
let db: typeof import('../client')
let tokens: typeof import('./api-tokens')
let auth: typeof import('@/lib/request/api-auth')

beforeAll(async () => {
  temp = createTempDatabase('api-tokens')
  db = await openAppClient(temp)
  tokens = await import('./api-tokens')
  auth = await import('@/lib/request/api-auth')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  await db.prisma.auditEvent.deleteMany()
  await db.prisma.apiToken.deleteMany()
})

async function create(name = 'CI deploys', scope = 'ingest') {
  const result = await tokens.createApiToken({ name, scope }, 'admin@example.test')
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors))
  return result
}

function request(authorization?: string): Request {
  return new Request('http://localhost/api/v1/deployments', { method: 'POST', headers: authorization ? { authorization } : {} })
}

describe('createApiToken', () => {
  it('returns the token once and stores only its hash and prefix, audited without the token', async () => {
    const created = await create()
    expect(created.token).toMatch(/^cto_[A-Za-z0-9_-]{43}$/)
    expect(created.prefix).toBe(created.token.slice(0, 12))
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })
    expect(row).toMatchObject({
      name: 'CI deploys',
      scope: 'ingest',
      prefix: created.prefix,
      createdBy: 'admin@example.test',
      lastUsedAt: null,
      revokedAt: null,
    })
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    const stored = JSON.stringify(await db.prisma.apiToken.findMany()) + JSON.stringify(await db.prisma.auditEvent.findMany())
    expect(stored).not.toContain(created.token)
    expect(stored).not.toContain(created.token.slice(12))
    const [event] = await db.prisma.auditEvent.findMany()
    expect(event).toMatchObject({ action: 'api-token.create', entity: 'api-token', entityId: created.id })
    expect(JSON.parse(event.after ?? '')).toEqual({ name: 'CI deploys', scope: 'ingest', prefix: created.prefix })
  })

  it('refuses a missing name and an unknown scope, writing nothing', async () => {
    expect(await tokens.createApiToken({ name: '  ', scope: 'admin' }, 'a')).toEqual({
      ok: false,
      fieldErrors: { name: expect.stringContaining('Enter a name'), scope: 'Choose ingest or read.' },
    })
    expect(await db.prisma.apiToken.count()).toBe(0)
    expect(await db.prisma.auditEvent.count()).toBe(0)
  })
})

describe('authenticateToken', () => {
  it('knows a live token, records its last use at most once a minute, and refuses unknown or malformed ones', async () => {
    const { token, id } = await create()
    const t0 = new Date('2026-07-01T10:00:00Z')
    expect(await tokens.authenticateToken(token, t0)).toMatchObject({ id, scope: 'ingest', name: 'CI deploys' })
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t0)
    await tokens.authenticateToken(token, new Date(t0.getTime() + 59_000))
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t0)
    const later = new Date(t0.getTime() + 61_000)
    await tokens.authenticateToken(token, later)
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(later)

    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    for (const bad of [wrong, token.slice(4), `${token}x`, '', 'cto_']) expect(await tokens.authenticateToken(bad)).toBeNull()
  })

  it('refuses a revoked token at once', async () => {
    const { token, prefix } = await create()
    expect(await tokens.revokeApiToken({ id: prefix }, 'admin@example.test')).toMatchObject({ ok: true, changed: true })
    expect(await tokens.authenticateToken(token)).toBeNull()
  })
})

describe('revokeApiToken', () => {
  it('revokes by id or by prefix with or without cto_, once, and audits it once', async () => {
    const a = await create('A')
    const b = await create('B')
    expect(await tokens.revokeApiToken({ id: a.id }, 'x')).toMatchObject({ ok: true, changed: true, token: { name: 'A' } })
    expect(await tokens.revokeApiToken({ id: a.prefix }, 'x')).toMatchObject({ ok: true, changed: false })
    expect(await tokens.revokeApiToken({ id: `${b.prefix.slice(4)}…` }, 'x')).toMatchObject({
      ok: true,
      changed: true,
      token: { name: 'B' },
    })
    expect(await tokens.revokeApiToken({ id: 'cto_nothing0' }, 'x')).toEqual({
      ok: false,
      fieldErrors: { id: 'No token has this id or prefix.' },
    })
    const actions = (await db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })).map((e) => e.action)
    expect(actions).toEqual(['api-token.create', 'api-token.create', 'api-token.revoke', 'api-token.revoke'])
    const list = await tokens.listApiTokens()
    expect(list.map((t) => [t.name, t.revokedAt !== null])).toEqual([
      ['B', true],
      ['A', true],
    ])
  })
})

describe('requireApiToken', () => {
  it('answers 401 with a Bearer challenge for a missing, wrong or revoked token', async () => {
    const { token } = await create('R', 'read')
    for (const header of [undefined, 'Basic abc', `Bearer cto_${'x'.repeat(43)}`]) {
      const result = await auth.requireApiToken(request(header), 'read')
      if (result.ok) throw new Error(`accepted ${header}`)
      expect(result.response.status).toBe(401)
      expect(result.response.headers.get('www-authenticate')).toMatch(/^Bearer realm="cto-scorecard"/)
      expect(await result.response.json()).toMatchObject({ error: 'unauthorized' })
    }
    expect(await auth.requireApiToken(request(`bearer ${token}`), 'read')).toMatchObject({ ok: true, token: { scope: 'read' } })
  })

  it('answers 403 when the token has the other scope: ingest tokens cannot read, read tokens cannot ingest', async () => {
    const ingest = await create('I', 'ingest')
    const read = await create('R', 'read')
    for (const [token, needed] of [
      [ingest.token, 'read'],
      [read.token, 'ingest'],
    ] as const) {
      const result = await auth.requireApiToken(request(`Bearer ${token}`), needed)
      if (result.ok) throw new Error('accepted the wrong scope')
      expect(result.response.status).toBe(403)
      expect(result.response.headers.get('www-authenticate')).toContain('error="insufficient_scope"')
    }
  })
})
