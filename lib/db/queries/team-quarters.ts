import { prisma } from '../client'

/**
 * The active teams that have figures in a quarter and have not published it: what publishing the
 * organisation's quarter leaves open (or also publishes, when the admin asks). Archived teams are
 * left out: they cannot be published until restored.
 */
export async function countOpenTeamQuarters(quarter: string): Promise<number> {
  const withFigures = await prisma.figure.findMany({
    where: { quarter, scope: { not: 'org' }, value: { not: null } },
    distinct: ['scope'],
    select: { scope: true },
  })
  const ids = withFigures.map((f) => f.scope)
  const [teams, published] = await Promise.all([
    prisma.team.findMany({ where: { id: { in: ids }, archivedAt: null }, select: { id: true } }),
    prisma.quarter.findMany({ where: { quarter, scope: { in: ids }, publishedAt: { not: null } }, select: { scope: true } }),
  ])
  const done = new Set(published.map((q) => q.scope))
  return teams.filter((t) => !done.has(t.id)).length
}
