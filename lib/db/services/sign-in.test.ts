import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from '@/tooling/db/temp-database'

// A migrated throwaway database; the client is imported only after DATABASE_URL points at it.
let temp: TempDatabase
let db: typeof import('../client')
let signIn: typeof import('./sign-in').signIn
let limit: typeof import('./login-limit')

const PASSWORD = 'a long and unusual passphrase 9'

beforeAll(async () => {
  temp = createTempDatabase('sign-in')
  db = await openAppClient(temp)
  signIn = (await import('./sign-in')).signIn
  limit = await import('./login-limit')
  const users = await import('./users')
  for (const email of ['ann@example.test', 'bob@example.test']) {
    await users.createUser({ email, name: email, role: 'viewer', categories: [], password: PASSWORD }, 'test')
  }
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

describe('signIn', () => {
  it('opens a session for the right password and refuses a wrong one or an unknown account alike', async () => {
    expect(await signIn('ann@example.test', PASSWORD, '192.0.2.1')).toMatchObject({ ok: true })
    const wrong = await signIn('ann@example.test', 'not it at all', '192.0.2.1')
    const unknown = await signIn('nobody@example.test', 'not it at all', '192.0.2.1')
    expect(wrong).toEqual({ ok: false, status: 401, message: 'Email or password is wrong.' })
    expect(unknown).toEqual(wrong)
  })

  it('takes as long for an unknown account as for a wrong password (a hash is always verified)', async () => {
    const median = async (email: string) => {
      const times: number[] = []
      for (let i = 0; i < 5; i++) {
        const start = performance.now()
        await signIn(email, 'wrong password here', `198.51.100.${i}`)
        times.push(performance.now() - start)
      }
      return times.sort((a, b) => a - b)[2]
    }
    const wrong = await median('bob@example.test')
    const unknown = await median('ghost@example.test')
    // Skipping the hash would make the unknown account ~30× faster; the bounds leave room for load.
    expect(unknown).toBeGreaterThan(wrong * 0.4)
    await db.prisma.loginFailure.deleteMany()
  })

  it('answers 429 with a wait after 5 failures a minute for one account, whatever the address', async () => {
    for (let i = 0; i < 5; i++) await signIn('ann@example.test', 'guess', `203.0.113.${i}`)
    const limited = await signIn('ann@example.test', PASSWORD, '203.0.113.99')
    expect(limited).toMatchObject({ ok: false, status: 429 })
    if (!limited.ok && limited.status === 429) {
      expect(limited.retryAfter).toBeGreaterThan(0)
      expect(limited.retryAfter).toBeLessThanOrEqual(60)
    }
    // Another account from the same addresses is not affected.
    expect(await signIn('bob@example.test', PASSWORD, '203.0.113.99')).toMatchObject({ ok: true })
  })

  it('limits one address across accounts, and lifts the limit by itself after a minute', async () => {
    await db.prisma.loginFailure.deleteMany()
    const now = Date.now()
    for (let i = 0; i < 5; i++) await limit.recordFailure([`ip:198.18.0.1`], new Date(now - 10_000))
    expect(await signIn('bob@example.test', PASSWORD, '198.18.0.1')).toMatchObject({ ok: false, status: 429 })
    expect(await limit.retryAfterSeconds(['ip:198.18.0.1'], new Date(now))).toBe(50)
    // No lockout: once the failures are a minute old the address may try again.
    expect(await limit.retryAfterSeconds(['ip:198.18.0.1'], new Date(now + 51_000))).toBe(0)
  })
})

describe('the limit under attack', () => {
  it('lets at most 5 of 150 parallel guesses at one account reach the password check', async () => {
    await db.prisma.loginFailure.deleteMany()
    const answers = await Promise.all(
      Array.from({ length: 150 }, (_, i) => signIn('ann@example.test', `parallel guess ${i}`, `192.0.2.${i % 250}`)),
    )
    const tried = answers.filter((a) => !a.ok && a.status === 401)
    expect(tried.length).toBeLessThanOrEqual(5)
    expect(answers.filter((a) => !a.ok && a.status === 429)).toHaveLength(150 - tried.length)
    await db.prisma.loginFailure.deleteMany()
  })

  it('does not count a sign-in that succeeds', async () => {
    await db.prisma.loginFailure.deleteMany()
    for (let i = 0; i < 6; i++) expect(await signIn('bob@example.test', PASSWORD, '192.0.2.77')).toMatchObject({ ok: true })
    expect(await db.prisma.loginFailure.count()).toBe(0)
  })

  it('sweeps expired and idle sessions and old failures when someone signs in', async () => {
    const bob = await db.prisma.user.findUniqueOrThrow({ where: { email: 'bob@example.test' } })
    const long = new Date(Date.now() - 30 * 86_400_000)
    await db.prisma.session.create({
      data: { tokenHash: 'expired', userId: bob.id, createdAt: long, lastSeenAt: new Date(), expiresAt: new Date(Date.now() - 1000) },
    })
    await db.prisma.session.create({
      data: { tokenHash: 'idle', userId: bob.id, createdAt: long, lastSeenAt: long, expiresAt: new Date(Date.now() + 86_400_000) },
    })
    await db.prisma.loginFailure.create({ data: { key: 'ip:192.0.2.200', at: long } })
    expect(await signIn('bob@example.test', PASSWORD, '192.0.2.78')).toMatchObject({ ok: true })
    expect(await db.prisma.session.count({ where: { tokenHash: { in: ['expired', 'idle'] } } })).toBe(0)
    expect(await db.prisma.session.count({ where: { userId: bob.id } })).toBeGreaterThan(0)
    expect(await db.prisma.loginFailure.count({ where: { key: 'ip:192.0.2.200' } })).toBe(0)
  })
})
