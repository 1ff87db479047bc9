import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
const temp = createTempDatabase('write-transaction')
let db: typeof import('./client')

beforeAll(async () => {
  db = await openAppClient(temp)
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

describe('writeTransaction within one process', () => {
  it('keeps a sign-in made while a longer write of this process is open and then rolls back', async () => {
    const { writeTransaction } = await import('./write-transaction')
    const { createSession } = await import('./services/sessions')
    const { createUser } = await import('./services/users')
    const user = await createUser(
      { email: 'kim@example.test', name: 'Kim', role: 'viewer', categories: [], password: 'write transaction passphrase 4' },
      'setup',
    )
    if (!user.ok) throw new Error(JSON.stringify(user.fieldErrors))

    // Longer than Prisma's 2 s default wait for a transaction, as a large import can be.
    const failing = writeTransaction(async () => {
      await sleep(2_500)
      throw new Error('import refused')
    })
    const refused = expect(failing).rejects.toThrow('import refused')
    await sleep(50)
    await createSession(user.id)
    await refused

    // Run inside the import's transaction, the session would have been rolled back with it.
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(1)
  })
})
