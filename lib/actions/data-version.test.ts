import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { createActors, type MatrixRole } from '@/tooling/actions/actors'
import { openCountingDatabase as openTempDatabase, type CountingDatabase as TempDatabase } from '@/tooling/db/counting-database'
import { SIGN_IN_MESSAGE } from '@/lib/auth/permissions'

let db: TempDatabase
let actors: Record<MatrixRole, Actor>

beforeAll(async () => {
  db = await openTempDatabase('data-version')
  actors = await createActors('version')
}, 120_000)

afterAll(async () => {
  await db?.close()
})

async function versionFor(actor: Actor | null) {
  const { currentDataVersionHandler } = await import('./data-version')
  return (await currentDataVersionHandler(actor)).state
}

describe('currentDataVersionHandler', () => {
  it('answers a signed-out visitor 401 without reading anything', async () => {
    const { result, queries } = await db.count(() => versionFor(null))
    expect(result).toEqual({ ok: false, status: 401, fieldErrors: { form: SIGN_IN_MESSAGE } })
    expect(queries).toEqual({ reads: 0, writes: 0 })
  })

  it('gives a viewer a version that moves on with a write to a figure, and only then', async () => {
    const before = await versionFor(actors.viewer)
    expect(before).toMatchObject({ ok: true, version: expect.any(String) })
    expect(await versionFor(actors.viewer)).toEqual(before)
    await db.prisma.figure.create({
      data: { scope: 'org', quarter: '2026-Q3', metricKey: 'releases', value: 12, source: 'manual', updatedBy: 'test' },
    })
    const after = await versionFor(actors.viewer)
    expect(after.ok && after.version).not.toBe(before.ok && before.version)
  })
})
