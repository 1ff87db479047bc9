import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
const temp = createTempDatabase('team-figures-query')
let db: typeof import('../client')
let teamFigures: typeof import('./team-figures')
let scorecard: typeof import('./scorecard')

beforeAll(async () => {
  db = await openAppClient(temp)
  teamFigures = await import('./team-figures')
  scorecard = await import('./scorecard')
  const { prisma } = db
  const [a, b, gone] = await Promise.all([
    prisma.team.create({ data: { slug: 'tf-a', name: 'TF A' } }),
    prisma.team.create({ data: { slug: 'tf-b', name: 'TF B' } }),
    prisma.team.create({ data: { slug: 'tf-gone', name: 'TF gone', archivedAt: new Date('2000-01-01T00:00:00Z') } }),
  ])
  await prisma.figure.createMany({
    data: [
      { scope: a.id, quarter: '2000-Q4', metricKey: 'releases', value: 4 },
      { scope: b.id, quarter: '2000-Q4', metricKey: 'releases', value: 6 },
      { scope: gone.id, quarter: '2000-Q4', metricKey: 'releases', value: 100 },
      { scope: a.id, quarter: '2000-Q3', metricKey: 'releases', value: 1 },
      { scope: 'org', quarter: '2000-Q4', metricKey: 'major_incidents', value: 2 },
    ],
  })
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

describe('listTeamFigures', () => {
  it('reads the active teams’ figures of the quarters asked for; archived teams neither add nor count', async () => {
    const read = await teamFigures.listTeamFigures(['2000-Q4'])
    expect(read.activeTeams).toBe(2)
    expect(read.figures.map((f) => f.value).sort()).toEqual([4, 6])
  })
})

describe('getScorecard of the organisation', () => {
  it('shows and scores the active teams’ sum where the organisation has no figure, and keeps its own elsewhere', async () => {
    const card = await scorecard.getScorecard('org', '2000-Q4')
    const delivery = card.categories.find((c) => c.category.key === 'delivery')!
    const releases = delivery.metrics.find((m) => m.metric.key === 'releases')!
    expect(releases.figure).toMatchObject({ value: 10, source: 'teams' })
    expect(releases.rollup).toMatchObject({ from: 2, of: 2 })
    expect(releases.score.score).not.toBeNull()
    const reliability = card.categories.find((c) => c.category.key === 'reliability')!
    expect(reliability.metrics.find((m) => m.metric.key === 'major_incidents')?.figure).toMatchObject({ value: 2, source: 'manual' })
  })

  it('leaves a team’s own scorecard to its own figures', async () => {
    const team = await db.prisma.team.findUniqueOrThrow({ where: { slug: 'tf-a' } })
    const card = await scorecard.getScorecard(team.id, '2000-Q4')
    const releases = card.categories.find((c) => c.category.key === 'delivery')!.metrics.find((m) => m.metric.key === 'releases')!
    expect([releases.figure?.value, releases.rollup]).toEqual([4, null])
  })
})
