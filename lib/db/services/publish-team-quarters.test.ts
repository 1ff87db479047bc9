import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// Publishing the organisation's quarter and what becomes of the teams' quarters of the same quarter.
const temp = createTempDatabase('publish-team-quarters')
let db: typeof import('../client')
let service: typeof import('./publish-quarter')
let open: typeof import('../queries/team-quarters')

const QUARTER = '2025-Q2'

beforeAll(async () => {
  db = await openAppClient(temp)
  service = await import('./publish-quarter')
  open = await import('../queries/team-quarters')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  const { prisma } = db
  for (const table of [prisma.auditEvent, prisma.figure, prisma.quarter, prisma.team]) {
    await (table as { deleteMany(): Promise<unknown> }).deleteMany()
  }
})

/** The organisation and two active teams with a figure each in QUARTER, and an archived team with one too. */
async function quarterWithTeams(): Promise<{ payments: string; mobile: string; archived: string }> {
  const { prisma } = db
  const [payments, mobile, archived] = await Promise.all([
    prisma.team.create({ data: { name: 'Payments', slug: 'payments' } }),
    prisma.team.create({ data: { name: 'Mobile', slug: 'mobile' } }),
    prisma.team.create({ data: { name: 'Old', slug: 'old', archivedAt: new Date() } }),
  ])
  for (const scope of ['org', payments.id, mobile.id, archived.id]) {
    await prisma.figure.create({ data: { scope, quarter: QUARTER, metricKey: 'releases', value: 5 } })
  }
  return { payments: payments.id, mobile: mobile.id, archived: archived.id }
}

const publishedScopes = async () =>
  (await db.prisma.quarter.findMany({ where: { quarter: QUARTER, publishedAt: { not: null } }, select: { scope: true } }))
    .map((q) => q.scope)
    .sort()

describe("publishing the organisation's quarter", () => {
  it('leaves the teams’ quarters open by default, and says how many are', async () => {
    await quarterWithTeams()
    expect(await open.countOpenTeamQuarters(QUARTER)).toBe(2)
    const result = await service.publishQuarter('org', QUARTER, 'alice')
    expect(result).toMatchObject({ ok: true, alreadyPublished: false, teamsPublished: 0 })
    expect(await publishedScopes()).toEqual(['org'])
    expect(await open.countOpenTeamQuarters(QUARTER)).toBe(2)
  })

  it('publishes every active team’s quarter with figures too when asked, each with its own audit event', async () => {
    const { payments, mobile } = await quarterWithTeams()
    const result = await service.publishQuarter('org', QUARTER, 'alice', { alsoTeams: true })
    expect(result).toMatchObject({ ok: true, teamsPublished: 2 })
    expect(await publishedScopes()).toEqual(['org', payments, mobile].sort())
    const events = await db.prisma.auditEvent.findMany({ where: { action: 'quarter.publish' }, orderBy: { id: 'asc' } })
    expect(events.map((e) => e.entityId).sort()).toEqual([`org/${QUARTER}`, `${payments}/${QUARTER}`, `${mobile}/${QUARTER}`].sort())
    expect(await open.countOpenTeamQuarters(QUARTER)).toBe(0)
  })

  it('does not touch the teams when a team’s own quarter is published with the option set', async () => {
    const { payments } = await quarterWithTeams()
    expect(await service.publishQuarter(payments, QUARTER, 'alice', { alsoTeams: true })).toMatchObject({ ok: true, teamsPublished: 0 })
    expect(await publishedScopes()).toEqual([payments])
  })
})
