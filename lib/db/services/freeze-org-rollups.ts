import type { Prisma } from '../generated/client'
import { rollupsByQuarter, type QuarterRollups } from '@/lib/metrics/org-rollups'
import { fromTeamsText } from '@/lib/metrics/team-rollup'
import { readTeamFigures } from '../queries/team-figures'
import { changeFigures, type FigureChange } from './change-figures'

/**
 * Keeps, as the organisation's own figures, the teams' roll-ups its quarter shows, in the
 * transaction that publishes it. A roll-up is derived on read, so without this a team's later
 * correction would move a published organisation figure with no restatement: the board would be
 * shown a number that silently changed. Once kept, the figure is the organisation's like any other,
 * and a change to it needs a reason and becomes a restatement. Metrics the organisation has a figure
 * of its own for are left alone (an entered figure wins). Returns how many figures were kept.
 */
export async function freezeOrgRollups(tx: Prisma.TransactionClient, quarter: string, actor: string): Promise<number> {
  const teamFigures = await readTeamFigures(tx, [quarter])
  if (teamFigures.activeTeams === 0) return 0
  const own = await tx.figure.findMany({ where: { scope: 'org', quarter, value: { not: null } }, select: { metricKey: true } })
  const owned = new Set(own.map((f) => f.metricKey))
  const rollups: QuarterRollups = rollupsByQuarter(teamFigures, [quarter]).get(quarter) ?? new Map()
  const changes = [...rollups]
    .filter(([metricKey]) => !owned.has(metricKey))
    .map(([metricKey, rollup]): FigureChange => ({
      scope: 'org',
      quarter,
      metricKey,
      value: rollup.value,
      n: rollup.n,
      inputs: null,
      source: 'teams',
      sourceRef: `kept on publication: ${fromTeamsText(rollup)}`,
      expectedVersion: 'any',
    }))
  if (changes.length === 0) return 0
  await changeFigures(tx, changes, { actor, reason: null })
  return changes.length
}
