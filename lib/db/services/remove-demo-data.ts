import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { BULK_WRITE, writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { removeDemoCommentary } from './change-commentary'
import { changeFigures, type FigureChange } from './change-figures'
import { removeDemoTargets } from './change-targets'

export const DEMO_REMOVAL_REASON = 'Demo data removed'

export interface DemoRemoval {
  figures: number
  teams: number
  /** Demo figures removed from published quarters that also hold real figures: each is restated. */
  restated: number
  /** Published quarters that held nothing but demo figures: their publication goes with them. */
  unpublished: number
}

type Tx = Prisma.TransactionClient

/**
 * A published quarter is a record the board has seen. If it also holds figures people entered, it
 * stays published, and every demo figure taken out of it is a restatement (published value → none),
 * as any change to a published figure is. If it held demo figures only, it was a try-out of
 * publishing: it is unpublished first, and nothing real is lost.
 */
async function unpublishDemoOnlyQuarters(tx: Tx): Promise<number> {
  const published = await tx.quarter.findMany({ where: { publishedAt: { not: null } } })
  let unpublished = 0
  for (const q of published) {
    const where = { scope: q.scope, quarter: q.quarter }
    const demo = await tx.figure.count({ where: { ...where, source: 'demo' } })
    if (demo === 0 || (await tx.figure.count({ where: { ...where, source: { not: 'demo' } } })) > 0) continue
    await tx.quarter.update({ where: { id: q.id }, data: { publishedAt: null, publishedBy: null } })
    unpublished++
  }
  return unpublished
}

/** Every demo figure, taken away through the one figure-change service (restated where published). */
async function removeDemoFigures(tx: Tx, actor: string): Promise<{ figures: number; restated: number }> {
  const demo = await tx.figure.findMany({ where: { source: 'demo' }, select: { scope: true, quarter: true, metricKey: true } })
  const changes: FigureChange[] = demo.map((f) => ({
    ...f,
    value: null,
    n: null,
    inputs: null,
    source: 'demo',
    sourceRef: null,
    expectedVersion: 'any',
    remove: true,
  }))
  const outcomes = await changeFigures(tx, changes, { actor, reason: DEMO_REMOVAL_REASON })
  const written = outcomes.filter((o) => o.status === 'written')
  return { figures: written.length, restated: written.filter((o) => o.restated).length }
}

/**
 * Demo teams nobody has entered anything for go, with their quarter rows. One with real data stays
 * and is no longer marked as demo: it is the organisation's team now.
 */
async function removeUnusedDemoTeams(tx: Tx): Promise<number> {
  const demoTeams = await tx.team.findMany({ where: { isDemo: true } })
  let teams = 0
  for (const team of demoTeams) {
    const [figureCount, targetCount, commentaryCount] = await Promise.all([
      tx.figure.count({ where: { scope: team.id } }),
      tx.target.count({ where: { scope: team.id } }),
      tx.commentary.count({ where: { scope: team.id } }),
    ])
    if (figureCount + targetCount + commentaryCount > 0) {
      await tx.team.update({ where: { id: team.id }, data: { isDemo: false } })
      continue
    }
    // Its restatements, if any, stay: they record what the board was shown.
    await tx.quarter.deleteMany({ where: { scope: team.id } })
    await tx.team.delete({ where: { id: team.id } })
    teams++
  }
  return teams
}

/**
 * Quarter rows that only demo data created go too, so they judge nothing: unpublished, with no
 * figure, target or commentary left. A row someone set a target or wrote commentary for keeps the
 * benchmark set it was recorded with.
 */
async function removeEmptyQuarters(tx: Tx): Promise<void> {
  const quarters = await tx.quarter.findMany({ where: { publishedAt: null } })
  for (const q of quarters) {
    const where = { scope: q.scope, quarter: q.quarter }
    const [figures, targets, commentary] = await Promise.all([
      tx.figure.count({ where }),
      tx.target.count({ where }),
      tx.commentary.count({ where }),
    ])
    if (figures + targets + commentary === 0) await tx.quarter.delete({ where: { id: q.id } })
  }
}

/**
 * Removes the demo data in one transaction: demo figures, targets and commentary, and the demo
 * teams that nobody has entered real data for. Figures people entered (even over a demo quarter)
 * stay, because saving a figure changes its source from "demo" to "manual".
 */
export async function removeDemoData(actor: string): Promise<DemoRemoval> {
  return writeTransaction(async (tx) => {
    const unpublished = await unpublishDemoOnlyQuarters(tx)
    const { figures, restated } = await removeDemoFigures(tx, actor)
    await removeDemoTargets(tx)
    await removeDemoCommentary(tx)
    const teams = await removeUnusedDemoTeams(tx)
    await removeEmptyQuarters(tx)
    const result = { figures, teams, restated, unpublished }
    await appendAudit(tx, { actor, action: 'demo.remove', entity: 'demo', entityId: 'all', after: result })
    return result
  }, BULK_WRITE)
}

/** Whether any demo data is left: figures, targets, commentary or demo teams. */
export async function hasDemoData(): Promise<boolean> {
  const [figures, targets, commentary, teams] = await Promise.all([
    prisma.figure.count({ where: { source: 'demo' } }),
    prisma.target.count({ where: { isDemo: true } }),
    prisma.commentary.count({ where: { isDemo: true } }),
    prisma.team.count({ where: { isDemo: true } }),
  ])
  return figures + targets + commentary + teams > 0
}
