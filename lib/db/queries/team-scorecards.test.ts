import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCountingDatabase, type CountingDatabase } from '@/tooling/db/counting-database'

const QUARTER = '2026-Q3'

let db: CountingDatabase
let app: {
  getTeamScorecards: typeof import('./team-scorecards').getTeamScorecards
  getScorecard: typeof import('./scorecard').getScorecard
}

async function addTeam(slug: string, archived = false): Promise<string> {
  const team = await db.prisma.team.create({ data: { slug, name: slug.toUpperCase(), archivedAt: archived ? new Date() : null } })
  await db.prisma.figure.createMany({
    data: [
      { scope: team.id, quarter: QUARTER, metricKey: 'availability', value: 99.5 + slug.length / 100, source: 'manual' },
      { scope: team.id, quarter: '2026-Q2', metricKey: 'availability', value: 99, source: 'manual' },
      { scope: team.id, quarter: QUARTER, metricKey: 'attrition_rate', value: 10, n: 50, source: 'manual' },
    ],
  })
  await db.prisma.target.create({ data: { scope: team.id, quarter: '2026-Q1', metricKey: 'attrition_rate', value: 8 } })
  await db.prisma.quarter.create({ data: { scope: team.id, quarter: QUARTER, benchmarkSet: '2024' } })
  return team.id
}

beforeAll(async () => {
  db = await openCountingDatabase('team-scorecards')
  const [teams, scorecard] = await Promise.all([import('./team-scorecards'), import('./scorecard')])
  app = { getTeamScorecards: teams.getTeamScorecards, getScorecard: scorecard.getScorecard }
  await addTeam('alpha')
  await addTeam('beta')
  await addTeam('gone', true)
}, 60_000)

afterAll(async () => {
  await db?.close()
})

describe('getTeamScorecards', () => {
  it('gives each team the very scorecard its own page shows', async () => {
    const all = await app.getTeamScorecards(QUARTER, true)
    expect(all.map((t) => t.team.slug)).toEqual(['alpha', 'beta', 'gone'])
    for (const { team, card } of all) {
      expect(card).toEqual(await app.getScorecard(team.id, QUARTER))
    }
    // Each team's own benchmark set and carried-over target are used, not the organisation's.
    expect(all[0].card.benchmarkSet.id).toBe('2024')
    const attrition = all[0].card.categories.flatMap((c) => c.metrics).find((m) => m.metric.key === 'attrition_rate')!
    expect(attrition.target).toMatchObject({ value: 8, origin: 'carried' })
  })

  it('leaves archived teams out unless asked for', async () => {
    expect((await app.getTeamScorecards(QUARTER, false)).map((t) => t.team.slug)).toEqual(['alpha', 'beta'])
  })

  it('reads all teams in the same number of queries however many there are', async () => {
    // Both counts follow a write, so neither finds anything kept from an earlier read.
    await addTeam('delta')
    const few = await db.count(() => app.getTeamScorecards('2026-Q4', true))
    for (const slug of ['epsilon', 'zeta', 'eta']) await addTeam(slug)
    const many = await db.count(() => app.getTeamScorecards('2026-Q4', true))
    expect(many.result).toHaveLength(7)
    expect(many.queries.writes).toBe(0)
    expect(many.queries.reads).toBe(few.queries.reads)
  })
})
