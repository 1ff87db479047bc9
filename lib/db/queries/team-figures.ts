import type { TeamFigures } from '@/lib/metrics/org-rollups'
import { prisma } from '../client'
import { cachedRead } from '../read-cache'
import { listTeams } from './teams'

/**
 * Every active team's figures in the given quarters, for the organisation's roll-up: one indexed
 * query for all teams (beside the cached team list), whatever the number of teams. Archived teams
 * neither contribute nor count in "from K of M teams".
 */
export const listTeamFigures = cachedRead('team-figures', async (quarters: readonly string[]): Promise<TeamFigures> => {
  const teams = await listTeams()
  const rows = await prisma.figure.findMany({
    where: { quarter: { in: [...quarters] }, scope: { in: teams.map((t) => t.id) } },
    select: { scope: true, quarter: true, metricKey: true, value: true, n: true, source: true, updatedAt: true },
  })
  return { activeTeams: teams.length, figures: rows }
})
