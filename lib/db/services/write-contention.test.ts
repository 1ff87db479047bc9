import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS } from '@/lib/auth/session-policy'
import { holdWriteLock } from '@/tooling/db/hold-write-lock'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
const temp = createTempDatabase('write-contention')
let db: typeof import('../client')

beforeAll(async () => {
  db = await openAppClient(temp)
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

const HOLD_MS = 300

/**
 * Runs a write while another connection holds SQLite's write lock for HOLD_MS, as the admin command
 * line or a restore would: the write must wait its turn and succeed, not fail with SQLITE_BUSY.
 */
async function whileLocked<T>(write: () => Promise<T>): Promise<T> {
  const { released } = await holdWriteLock(temp, HOLD_MS)
  try {
    const result = await write()
    // It really met the lock: it could only finish once the other writer let go.
    expect(Date.now()).toBeGreaterThanOrEqual(await released)
    return result
  } finally {
    // A write that failed at once leaves the lock held a while; the next test must not meet it.
    await released
  }
}

async function userId(email: string): Promise<string> {
  const users = await import('./users')
  const made = await users.createUser(
    { email, name: email.split('@')[0], role: 'editor', categories: [], password: 'contention test passphrase 7' },
    'setup',
  )
  if (!made.ok) throw new Error(JSON.stringify(made.fieldErrors))
  return made.id
}

describe('writes while another process holds the write lock', () => {
  it('createTeam, renameTeam and setTeamArchived wait and succeed', async () => {
    const teams = await import('./teams')
    const created = await whileLocked(() => teams.createTeam({ name: 'Payments', slug: '' }, 'alice'))
    if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors))
    const id = created.team.id
    expect(await whileLocked(() => teams.renameTeam({ id, name: 'Payments Core', slug: 'payments-core' }, 'alice'))).toMatchObject({
      ok: true,
      changed: true,
    })
    expect(await whileLocked(() => teams.setTeamArchived({ id, archived: true }, 'alice'))).toMatchObject({ ok: true, changed: true })
  })

  it('updateSettings waits and succeeds', async () => {
    const { updateSettings } = await import('./settings')
    const form = {
      orgName: 'Acme',
      fiscalStartMonth: '1',
      timeZone: 'UTC',
      currency: 'EUR',
      defaultBenchmarkSet: '2024',
      reportPageSize: 'A4',
      severityWeightCritical: '10',
      severityWeightHigh: '5',
      severityWeightMedium: '2',
      severityWeightLow: '1',
    }
    expect(await whileLocked(() => updateSettings(form, 'alice'))).toMatchObject({ ok: true, changed: expect.arrayContaining(['orgName']) })
  })

  it('createUser, setUserRole and setUserDisabled wait and succeed', async () => {
    const users = await import('./users')
    const input = { email: 'lee@example.test', name: 'Lee', role: 'viewer', categories: [], password: 'contention test passphrase 8' }
    const created = await whileLocked(() => users.createUser(input, 'admin@example.test'))
    if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors))
    expect(
      await whileLocked(() => users.setUserRole({ id: created.id, role: 'editor', categories: [] }, 'admin@example.test')),
    ).toMatchObject({ ok: true, changed: true })
    expect(await whileLocked(() => users.setUserDisabled({ id: created.id, disabled: true }, 'admin@example.test'))).toMatchObject({
      ok: true,
      changed: true,
    })
  })

  it('createApiToken and revokeApiToken wait and succeed', async () => {
    const tokens = await import('./api-tokens')
    const created = await whileLocked(() => tokens.createApiToken({ name: 'CI', scope: 'ingest' }, 'admin@example.test'))
    if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors))
    // Recording a token's last use swallows its own failure, so only the stored time shows it was written.
    await whileLocked(() => tokens.authenticateToken(created.token))
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull()
    expect(await whileLocked(() => tokens.revokeApiToken({ id: created.id }, 'admin@example.test'))).toMatchObject({
      ok: true,
      changed: true,
    })
  })

  it('publishQuarter and saveSummary wait and succeed', async () => {
    await db.prisma.figure.create({ data: { scope: 'org', quarter: '2019-Q2', metricKey: 'releases', value: 12, updatedBy: 'setup' } })
    const { publishQuarter } = await import('./publish-quarter')
    expect(await whileLocked(() => publishQuarter('org', '2019-Q2', 'admin@example.test'))).toMatchObject({
      ok: true,
      alreadyPublished: false,
    })
    const { saveSummary } = await import('./save-summary')
    const summary = { scope: 'org', quarter: '2019-Q3', base: '', text: 'A steady quarter.' }
    expect(await whileLocked(() => saveSummary(summary, 'cto@example.test'))).toMatchObject({ ok: true, changed: true })
  })

  it('the first start waits and succeeds', async () => {
    const { runFirstStart } = await import('./first-start')
    expect(await whileLocked(() => runFirstStart({ loadDemo: false }))).toMatch(/Database ready/)
    expect(await db.prisma.setting.count({ where: { key: 'flag:firstStartAt' } })).toBe(1)
  })

  it('loading and removing demo data wait and succeed', async () => {
    const { loadDemoData } = await import('./load-demo-data')
    const { removeDemoData } = await import('./remove-demo-data')
    // The demo quarters end long after the quarter published above, so the two never meet.
    const loaded = await whileLocked(() => loadDemoData('2025-Q4'))
    expect(loaded.figures).toBeGreaterThan(0)
    expect(await whileLocked(() => removeDemoData('admin@example.test'))).toMatchObject({ figures: loaded.figures })
  })

  it('sessions, failed sign-ins and direct audit events wait and succeed', async () => {
    const sessions = await import('./sessions')
    const { recordFailure } = await import('./login-limit')
    const { appendAuditDirect } = await import('./audit-direct')
    const id = await userId('sam@example.test')
    const { token } = await whileLocked(() => sessions.createSession(id))
    await whileLocked(() => sessions.deleteSession(token))
    // A session last seen long ago is touched; one past its lifetime is deleted on sight.
    const longAgo = new Date(Date.now() - IDLE_TIMEOUT_MS / 2)
    const { token: idle } = await sessions.createSession(id, longAgo)
    expect(await whileLocked(() => sessions.getSessionActor(idle))).toMatchObject({ id })
    expect((await db.prisma.session.findFirstOrThrow({ where: { userId: id } })).lastSeenAt.getTime()).toBeGreaterThan(longAgo.getTime())
    expect(await whileLocked(() => sessions.getSessionActor(idle, new Date(Date.now() + ABSOLUTE_LIFETIME_MS)))).toBeNull()
    await whileLocked(() => recordFailure(['ip:203.0.113.9', 'account:sam@example.test']))
    await whileLocked(() => appendAuditDirect({ actor: 'sam@example.test', action: 'session.sign-out', entity: 'user', entityId: id }))
    expect(await db.prisma.session.count({ where: { userId: id } })).toBe(0)
    expect(await db.prisma.loginFailure.count()).toBe(2)
  })
})
