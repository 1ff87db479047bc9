import { prisma } from '../client'
import { addQuarters, compareQuarters, isQuarterKey, quarterOf } from '@/lib/metrics/quarters'
import { localDayStart } from '@/lib/metrics/quarter-progress'
import { quarterBoundsUtc } from '@/lib/metrics/time-zone'
import { getSettings } from '../queries/settings'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { writeStaleMarks } from './ingest-stale-marks'

type Pair = { scope: string; quarter: string }

/** The instant of a scope's first event (a deployment, or an incident opened), or null when it has none. */
async function firstEventAt(scope: string): Promise<number | null> {
  const team = scope === 'org' ? {} : { teamId: scope }
  const [deployment, incident] = await Promise.all([
    prisma.deployment.findFirst({ where: team, orderBy: { deployedAt: 'asc' }, select: { deployedAt: true } }),
    prisma.incident.findFirst({ where: team, orderBy: { openedAt: 'asc' }, select: { openedAt: true } }),
  ])
  const times = [deployment?.deployedAt, incident?.openedAt].filter((d): d is Date => d !== undefined).map((d) => d.getTime())
  return times.length === 0 ? null : Math.min(...times)
}

/**
 * Which of `pairs` time alone has made stale, though no event arrived (so ingestion marked nothing):
 * - a quarter from the scope's first event through the current one that was never computed: a quiet
 *   quarter is a measured zero (0 deployments a day, 0 major incidents), not "no data";
 * - a quarter computed while it was in progress, before today began or before it ended: its
 *   frequency divides by the days elapsed, which have moved on since.
 * Quarters after the current one are never computed. Reads only.
 */
export async function findElapsedQuarters(pairs: readonly Pair[], timeZone: string, now: Date): Promise<Pair[]> {
  const current = quarterOf(now, timeZone)
  const candidates = pairs.filter((p) => isQuarterKey(p.quarter) && compareQuarters(p.quarter, current) <= 0)
  if (candidates.length === 0) return []
  const where = { OR: candidates.map(({ scope, quarter }) => ({ scope, quarter })) }
  const [computed, marked] = await Promise.all([
    prisma.computedFigure.findMany({ where, select: { scope: true, quarter: true, computedAt: true } }),
    prisma.staleEventFigures.findMany({ where, select: { scope: true, quarter: true } }),
  ])
  const id = (p: Pair) => `${p.scope}|${p.quarter}`
  const markedIds = new Set(marked.map(id))
  const oldest = new Map<string, number>()
  for (const row of computed) oldest.set(id(row), Math.min(oldest.get(id(row)) ?? Infinity, row.computedAt.getTime()))
  const today = localDayStart(now, timeZone).getTime()
  const firsts = new Map<string, Promise<number | null>>()
  const result: Pair[] = []
  for (const pair of candidates) {
    if (markedIds.has(id(pair))) continue
    const end = quarterBoundsUtc(pair.quarter, timeZone).end.getTime()
    const computedAt = oldest.get(id(pair))
    if (computedAt !== undefined) {
      if (computedAt < Math.min(end, today)) result.push(pair)
      continue
    }
    if (!firsts.has(pair.scope)) firsts.set(pair.scope, firstEventAt(pair.scope))
    const first = await firsts.get(pair.scope)!
    if (first !== null && first < end) result.push(pair)
  }
  return result
}

/**
 * Marks stale the pairs that findElapsedQuarters names, so the next recompute computes them. Costs
 * a few indexed reads and takes the write lock only when there is something to mark. Called before
 * a recompute of the pairs a reader is about to show. Returns how many pairs it marked.
 */
export async function markElapsedQuarters(pairs: readonly Pair[], now = new Date()): Promise<number> {
  const { timeZone } = await getSettings()
  const elapsed = await findElapsedQuarters(pairs, timeZone, now)
  if (elapsed.length === 0) return 0
  return writeTransaction(async (tx) => {
    await writeStaleMarks(tx, elapsed, now)
    await appendAudit(tx, {
      actor: 'system:events',
      action: 'figures.mark-elapsed',
      entity: 'quarter',
      entityId: elapsed
        .map((p) => `${p.scope}/${p.quarter}`)
        .slice(0, 20)
        .join(' '),
      after: { count: elapsed.length, timeZone },
    })
    return elapsed.length
  })
}

/**
 * Marks, for every scope with events (the organisation and each team that sent any), the quarters
 * from its first event through the current one that time alone made stale. The recompute job calls
 * it, since page views no longer recompute: without it a quiet quarter would never become its
 * measured zero.
 */
export async function markAllElapsedQuarters(now = new Date()): Promise<number> {
  const { timeZone } = await getSettings()
  const current = quarterOf(now, timeZone)
  const [deployTeams, incidentTeams] = await Promise.all([
    prisma.deployment.findMany({ where: { teamId: { not: null } }, distinct: ['teamId'], select: { teamId: true } }),
    prisma.incident.findMany({ where: { teamId: { not: null } }, distinct: ['teamId'], select: { teamId: true } }),
  ])
  const scopes = new Set<string>(['org'])
  for (const row of [...deployTeams, ...incidentTeams]) if (row.teamId) scopes.add(row.teamId)
  const pairs: Pair[] = []
  for (const scope of scopes) {
    const first = await firstEventAt(scope)
    if (first === null) continue
    const from = quarterOf(new Date(first), timeZone)
    if (!isQuarterKey(from)) continue
    for (let q: string = from; compareQuarters(q, current) <= 0; q = addQuarters(q, 1)) pairs.push({ scope, quarter: q })
  }
  return pairs.length === 0 ? 0 : markElapsedQuarters(pairs, now)
}
