import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'
import type { FigureChange } from './change-figures'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
const temp = createTempDatabase('change-figures')
let db: typeof import('../client')
let service: typeof import('./change-figures')
let locks: typeof import('./quarter-lock')
let writeTransaction: typeof import('../write-transaction').writeTransaction

const Q = '2025-Q2'

beforeAll(async () => {
  db = await openAppClient(temp)
  service = await import('./change-figures')
  locks = await import('./quarter-lock')
  writeTransaction = (await import('../write-transaction')).writeTransaction
}, 120_000)

afterAll(() => closeAppClient(temp, db))

beforeEach(async () => {
  const { prisma } = db
  await prisma.$transaction([
    prisma.restatement.deleteMany(),
    prisma.auditEvent.deleteMany(),
    prisma.figure.deleteMany(),
    prisma.quarter.deleteMany(),
  ])
})

const releases = (value: number | null, expectedVersion: number | 'any', extra: Partial<FigureChange> = {}): FigureChange => ({
  scope: 'org',
  quarter: Q,
  metricKey: 'releases',
  value,
  n: null,
  inputs: null,
  source: 'manual',
  sourceRef: null,
  expectedVersion,
  ...extra,
})

const run = (changes: FigureChange[], reason: string | null = null) =>
  writeTransaction((tx) => service.changeFigures(tx, changes, { actor: 'ann', reason }))

describe('changeFigures', () => {
  it('writes version 1 with a "figure.create" event, and leaves a figure that already says the same alone', async () => {
    expect(await run([releases(10, 0)])).toEqual([{ status: 'written', version: 1, restated: false }])
    // 10.000000000000002 is 10 read back through the driver: no change, no event.
    expect(await run([releases(10.000000000000002, 1)])).toEqual([{ status: 'unchanged', version: 1 }])
    const events = await db.prisma.auditEvent.findMany()
    expect(events.map((e) => [e.action, e.entityId])).toEqual([['figure.create', `org/${Q}/releases`]])
    expect(await db.prisma.quarter.count({ where: { scope: 'org', quarter: Q } })).toBe(1)
  })

  it('refuses a change based on another version as a conflict and writes nothing for it', async () => {
    await run([releases(10, 0)])
    const [outcome] = await run([releases(11, 0)])
    expect(outcome).toMatchObject({ status: 'conflict', current: { value: 10, version: 1, updatedBy: 'ann' } })
    expect(await db.prisma.figure.findMany({ select: { value: true, version: true } })).toEqual([{ value: 10, version: 1 }])
    expect(await db.prisma.auditEvent.count()).toBe(1)
  })

  it('refuses any change to a published quarter without a reason, and the transaction writes nothing', async () => {
    await run([releases(10, 0)])
    await db.prisma.quarter.update({
      where: { scope_quarter: { scope: 'org', quarter: Q } },
      data: { publishedAt: new Date(), publishedBy: 'cto' },
    })
    const other = { ...releases(5, 0), metricKey: 'availability' }
    await expect(run([other, releases(12, 1)], '  ')).rejects.toBeInstanceOf(locks.ReasonRequiredError)
    expect(await db.prisma.figure.findMany({ select: { metricKey: true, value: true } })).toEqual([{ metricKey: 'releases', value: 10 }])
    expect(await db.prisma.auditEvent.count()).toBe(1)
  })

  it('with a reason, restates a published figure and links the Restatement to its audit event', async () => {
    await run([releases(10, 0)])
    await db.prisma.quarter.update({
      where: { scope_quarter: { scope: 'org', quarter: Q } },
      data: { publishedAt: new Date(), publishedBy: 'cto' },
    })
    expect(await run([releases(12, 'any')], 'Miscounted')).toEqual([{ status: 'written', version: 2, restated: true }])
    const restatement = await db.prisma.restatement.findFirstOrThrow({ include: { auditEvent: true } })
    expect(restatement).toMatchObject({ oldValue: 10, newValue: 12, reason: 'Miscounted', actor: 'ann' })
    expect(restatement.auditEvent).toMatchObject({ action: 'figure.restate', entityId: `org/${Q}/releases` })
    expect(JSON.parse(restatement.auditEvent?.after ?? '')).toMatchObject({ value: 12, version: 2, reason: 'Miscounted' })
  })

  it('rewrites a figure at the same value only when the writer adopts its source', async () => {
    await run([releases(10, 0, { source: 'demo' })])
    expect(await run([releases(10, 'any', { source: 'events' })])).toEqual([{ status: 'unchanged', version: 1 }])
    expect(await run([releases(10, 'any', { source: 'events', adoptSource: true })])).toEqual([
      { status: 'written', version: 2, restated: false },
    ])
    expect(await db.prisma.figure.findFirstOrThrow()).toMatchObject({ source: 'events', version: 2 })
  })

  it('takes a figure away with a "figure.remove" event', async () => {
    await run([releases(10, 0, { source: 'demo' })])
    expect(await run([releases(null, 'any', { remove: true })])).toEqual([{ status: 'written', version: 0, restated: false }])
    expect(await db.prisma.figure.count()).toBe(0)
    expect((await db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })).map((e) => e.action)).toEqual([
      'figure.create',
      'figure.remove',
    ])
  })
})
