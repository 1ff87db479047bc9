import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

const temp = createTempDatabase('audit-names')
let db: typeof import('../client')
let names: typeof import('./audit-names')

beforeAll(async () => {
  db = await openAppClient(temp)
  names = await import('./audit-names')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

const row = (id: number, actor: string, entity: string, entityId: string) => ({
  id,
  at: new Date('2026-07-01T00:00:00Z'),
  actor,
  action: `${entity}.x`,
  entity,
  entityId,
  before: null,
  after: null,
})

describe('getAuditNames', () => {
  it('names teams, the organisation and people in place of their ids, and leaves the rest alone', async () => {
    const team = await db.prisma.team.create({ data: { name: 'Payments', slug: 'payments' } })
    const user = await db.prisma.user.create({
      data: { email: 'ada@example.test', name: 'Ada Lovelace', passwordHash: 'x', role: 'admin' },
    })
    const events = [
      row(1, 'ada@example.test', 'team', team.id),
      row(2, 'ada@example.test', 'figure', `${team.id}/2026-Q3/releases`),
      row(3, 'cli', 'quarter', 'org/2026-Q3'),
      row(4, 'ada@example.test', 'user', user.id),
      row(5, 'gone@example.test', 'target', 'deleted-team-id/2026-Q3/uptime'),
      row(6, 'ada@example.test', 'import', 'q3.csv'),
    ]
    const result = await names.getAuditNames(events, 'Acme Engineering')
    expect(result.entities).toEqual({
      1: 'Payments',
      2: 'Payments · 2026-Q3 · releases',
      3: 'Acme Engineering · 2026-Q3',
      4: 'Ada Lovelace (ada@example.test)',
    })
    expect(result.actors).toEqual({ 'ada@example.test': 'Ada Lovelace' })
  })
})
