import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS } from '@/lib/auth/session-policy'
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from '@/tooling/db/temp-database'

// A migrated throwaway database; the client is imported only after DATABASE_URL points at it.
let temp: TempDatabase
let db: typeof import('../client')
let sessions: typeof import('./sessions')
let userId: string

beforeAll(async () => {
  temp = createTempDatabase('sessions')
  db = await openAppClient(temp)
  sessions = await import('./sessions')
  const users = await import('./users')
  const created = await users.createUser(
    { email: 'sam@example.test', name: 'Sam', role: 'editor', categories: [], password: 'sessions test passphrase 3' },
    'test',
  )
  if (!created.ok) throw new Error('user not created')
  userId = created.id
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

describe('sessions', () => {
  it('stores only a hash of the 256-bit token', async () => {
    const { token } = await sessions.createSession(userId)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    const rows = await db.prisma.session.findMany()
    expect(rows.some((r) => r.tokenHash === token || r.tokenHash.includes(token))).toBe(false)
    expect(await sessions.getSessionActor(token)).toMatchObject({ email: 'sam@example.test', role: 'editor' })
  })

  it('ends after the idle timeout, however young the session', async () => {
    const start = new Date('2026-01-05T09:00:00Z')
    const { token } = await sessions.createSession(userId, start)
    expect(await sessions.getSessionActor(token, new Date(start.getTime() + IDLE_TIMEOUT_MS - 60_000))).not.toBeNull()
    const lastSeen = new Date(start.getTime() + IDLE_TIMEOUT_MS - 60_000)
    expect(await sessions.getSessionActor(token, new Date(lastSeen.getTime() + IDLE_TIMEOUT_MS + 1000))).toBeNull()
    // A dead session is deleted, so it cannot come back.
    expect(await sessions.getSessionActor(token, lastSeen)).toBeNull()
  })

  it('ends at its absolute lifetime, however active', async () => {
    const start = new Date('2026-02-01T09:00:00Z')
    const { token } = await sessions.createSession(userId, start)
    let now = start.getTime()
    while (now + IDLE_TIMEOUT_MS / 2 < start.getTime() + ABSOLUTE_LIFETIME_MS) {
      now += IDLE_TIMEOUT_MS / 2
      expect(await sessions.getSessionActor(token, new Date(now))).not.toBeNull()
    }
    expect(await sessions.getSessionActor(token, new Date(start.getTime() + ABSOLUTE_LIFETIME_MS + 1000))).toBeNull()
  })

  it('ends at once on sign-out and when the user is disabled', async () => {
    const { token } = await sessions.createSession(userId)
    await sessions.deleteSession(token)
    expect(await sessions.getSessionActor(token)).toBeNull()

    const second = await sessions.createSession(userId)
    await db.prisma.user.update({ where: { id: userId }, data: { disabledAt: new Date() } })
    expect(await sessions.getSessionActor(second.token)).toBeNull()
  })
})
