import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
const temp = createTempDatabase('audit-query')
let db: typeof import('../client')
let audit: typeof import('./audit')

const EVENTS = 120

beforeAll(async () => {
  db = await openAppClient(temp)
  audit = await import('./audit')
  // 120 events, one an hour from 2026-01-01 00:00 UTC: alice and bob take turns; every third is a restatement.
  await db.prisma.auditEvent.createMany({
    data: Array.from({ length: EVENTS }, (_, i) => ({
      at: new Date(Date.UTC(2026, 0, 1, i)),
      actor: i % 2 === 0 ? 'alice' : 'bob',
      action: i % 3 === 0 ? 'figure.restate' : 'figure.update',
      entity: 'figure',
      entityId: `org/2026-Q1/${i % 4 === 0 ? 'releases' : 'uptime'}`,
      after: JSON.stringify({ value: i }),
    })),
  })
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

const NONE = { actor: '', entity: '', action: '', from: '', to: '', q: '' }
const values = (page: { events: { after: string | null }[] }) =>
  page.events.map((e) => (JSON.parse(e.after ?? '') as { value: number }).value)

describe('listAuditEvents', () => {
  it('pages newest first, 50 at a time, with Older and Newer cursors that meet exactly', async () => {
    const first = await audit.listAuditEvents(NONE, null)
    expect(values(first)).toEqual(Array.from({ length: 50 }, (_, i) => 119 - i))
    expect(first.newer).toBeNull()
    expect(first.older).not.toBeNull()

    const second = await audit.listAuditEvents(NONE, { before: first.older ?? 0 })
    expect(values(second)).toEqual(Array.from({ length: 50 }, (_, i) => 69 - i))
    const third = await audit.listAuditEvents(NONE, { before: second.older ?? 0 })
    expect(values(third)).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i))
    expect(third.older).toBeNull()

    // Going back up gives the same pages again.
    const backToSecond = await audit.listAuditEvents(NONE, { after: third.newer ?? 0 })
    expect(values(backToSecond)).toEqual(values(second))
    const backToFirst = await audit.listAuditEvents(NONE, { after: backToSecond.newer ?? 0 })
    expect(values(backToFirst)).toEqual(values(first))
    expect(backToFirst.newer).toBeNull()
  })

  it('applies every filter given, with "to" including its whole UTC day', async () => {
    const only = async (filters: Partial<typeof NONE>) => values(await audit.listAuditEvents({ ...NONE, ...filters }, null))
    expect(await only({ actor: 'bob', action: 'figure.restate' })).toEqual([
      117, 111, 105, 99, 93, 87, 81, 75, 69, 63, 57, 51, 45, 39, 33, 27, 21, 15, 9, 3,
    ])
    expect(await only({ q: 'releases', from: '2026-01-05' })).toEqual([116, 112, 108, 104, 100, 96])
    // The search ignores case, on PostgreSQL as on SQLite.
    expect(await only({ q: 'RELEASES', from: '2026-01-05' })).toEqual([116, 112, 108, 104, 100, 96])
    // 2026-01-02 covers hours 24 to 47.
    expect(await only({ from: '2026-01-02', to: '2026-01-02' })).toEqual(Array.from({ length: 24 }, (_, i) => 47 - i))
    expect(await only({ entity: 'team' })).toEqual([])
    expect(await audit.countAuditEvents({ ...NONE, actor: 'alice' })).toBe(60)
  })
})

describe('parseAuditSearch', () => {
  it('keeps usable filters and a cursor, and drops what is not', () => {
    expect(audit.parseAuditSearch({ actor: ' bob ', from: '2026-02-30', to: '2026-03-01', before: '42', q: ['a', 'b'] })).toEqual({
      filters: { ...NONE, actor: 'bob', to: '2026-03-01', q: 'a' },
      cursor: { before: 42 },
    })
    expect(audit.parseAuditSearch({ after: '-3', before: 'x' })).toEqual({ filters: NONE, cursor: null })
  })
})
