import type { Prisma } from '../generated/client'
import { quarterEntityId } from '../audit-entity'
import { appendAudit } from './audit'

/**
 * Publishes, inside the organisation's publication, every active team's quarter that has figures
 * and is not yet published: each gets its own publication row and audit event, as if published
 * from the team's scorecard, at the same moment as the organisation's.
 */
export async function publishTeamQuarters(
  tx: Prisma.TransactionClient,
  quarter: string,
  actor: string,
  publishedAt: Date,
  /** For a team quarter row created here (one with figures normally has its row already). */
  benchmarkSet: string,
): Promise<number> {
  const withFigures = await tx.figure.findMany({
    where: { quarter, scope: { not: 'org' }, value: { not: null } },
    distinct: ['scope'],
    select: { scope: true },
  })
  const teams = await tx.team.findMany({ where: { id: { in: withFigures.map((f) => f.scope) }, archivedAt: null }, select: { id: true } })
  let published = 0
  for (const team of teams) {
    const row = await tx.quarter.upsert({
      where: { scope_quarter: { scope: team.id, quarter } },
      create: { scope: team.id, quarter, benchmarkSet },
      update: {},
    })
    if (row.publishedAt) continue
    await tx.quarter.update({ where: { id: row.id }, data: { publishedAt, publishedBy: actor } })
    const figures = await tx.figure.count({ where: { scope: team.id, quarter, value: { not: null } } })
    await appendAudit(tx, {
      actor,
      action: 'quarter.publish',
      entity: 'quarter',
      entityId: quarterEntityId(team.id, quarter),
      before: { publishedAt: null, publishedBy: null },
      after: {
        publishedAt: publishedAt.toISOString(),
        publishedBy: actor,
        benchmarkSet: row.benchmarkSet,
        figures,
        withOrganisation: true,
      },
    })
    published++
  }
  return published
}
