import type { Prisma } from '../generated/client'
import type { TeamFigures } from '@/lib/metrics/org-rollups'
import { prisma } from '../client'
import { cachedRead } from '../read-cache'

/** A client the teams' figures can be read through: the app's, or a write transaction's. */
export type TeamFiguresReader = Pick<Prisma.TransactionClient, 'team' | 'figure'>

/**
 * Every active team's figures in the given quarters, for the organisation's roll-up: one indexed
 * query for all teams (beside the team list), whatever the number of teams. Archived teams neither
 * contribute nor count in "from K of M teams". The same read serves a page (cached, below) and the
 * publication that keeps the roll-ups it shows (inside its transaction), so both see one rule.
 */
export async function readTeamFigures(db: TeamFiguresReader, quarters: readonly string[]): Promise<TeamFigures> {
  const teams = await db.team.findMany({ where: { archivedAt: null }, select: { id: true } })
  if (teams.length === 0) return { activeTeams: 0, figures: [] }
  const figures = await db.figure.findMany({
    where: { quarter: { in: [...quarters] }, scope: { in: teams.map((t) => t.id) } },
    select: { scope: true, quarter: true, metricKey: true, value: true, n: true, source: true, updatedAt: true },
  })
  return { activeTeams: teams.length, figures }
}

/** The teams' figures for a page, kept in memory until the data changes. */
export const listTeamFigures = cachedRead('team-figures', (quarters: readonly string[]) => readTeamFigures(prisma, quarters))
