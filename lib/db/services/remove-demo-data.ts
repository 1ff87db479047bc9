import { prisma } from '../client'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

/**
 * Removes the demo data in one transaction: demo figures, targets and commentary, and the demo
 * teams that nobody has entered real data for. Figures people entered (even over a demo quarter)
 * stay, because saving a figure changes its source from "demo" to "manual".
 */
export async function removeDemoData(actor: string): Promise<{ figures: number; teams: number }> {
  return writeTransaction(async (tx) => {
    const figures = await tx.figure.deleteMany({ where: { source: 'demo' } })
    await tx.target.deleteMany({ where: { isDemo: true } })
    await tx.commentary.deleteMany({ where: { isDemo: true } })
    const demoTeams = await tx.team.findMany({ where: { isDemo: true } })
    let teams = 0
    for (const team of demoTeams) {
      const [figureCount, targetCount, commentaryCount] = await Promise.all([
        tx.figure.count({ where: { scope: team.id } }),
        tx.target.count({ where: { scope: team.id } }),
        tx.commentary.count({ where: { scope: team.id } }),
      ])
      if (figureCount + targetCount + commentaryCount > 0) continue
      await tx.quarter.deleteMany({ where: { scope: team.id } })
      await tx.team.delete({ where: { id: team.id } })
      teams++
    }
    // Quarter rows that only demo data created (no figures left) go too, so they judge nothing.
    const quarters = await tx.quarter.findMany({ where: { publishedAt: null } })
    for (const q of quarters) {
      const left = await tx.figure.count({ where: { scope: q.scope, quarter: q.quarter } })
      if (left === 0) await tx.quarter.delete({ where: { id: q.id } })
    }
    await appendAudit(tx, { actor, action: 'demo.remove', entity: 'demo', entityId: 'all', after: { figures: figures.count, teams } })
    return { figures: figures.count, teams }
  })
}

export async function hasDemoData(): Promise<boolean> {
  const count = await prisma.figure.count({ where: { source: 'demo' } })
  return count > 0
}
