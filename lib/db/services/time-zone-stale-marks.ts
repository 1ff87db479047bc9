import { dialectOf } from '../dialect'
import { asColumn, jsonArrayOfRows, jsonElements } from '../dialect-json'
import { Prisma } from '../generated/client'
import { addQuarters, isQuarterKey } from '@/lib/metrics/quarters'
import { quarterBoundsUtc } from '@/lib/metrics/time-zone'
import { jsonParam, jsonRows, storedInstant } from './ingest-batch'
import { writeStaleMarks } from './ingest-stale-marks'

type Pair = [scope: string, quarter: string]
/** A scope's quarter to look for events in, its bounds as stored instants: [scope, quarter, start, end). */
type Window = [scope: string, quarter: string, start: string, end: string]

/** Every (scope, quarter) that has figures computed from events: the computed values, or a reported figure events own. */
async function pairsWithFigures(tx: Prisma.TransactionClient): Promise<Pair[]> {
  return jsonRows<Pair>(
    await tx.$queryRaw<{ data: string | null }[]>`
      SELECT ${jsonArrayOfRows(dialectOf(tx), [Prisma.sql`"scope"`, Prisma.sql`"quarter"`])} AS data FROM (
        SELECT "scope", "quarter" FROM "ComputedFigure"
        UNION SELECT "scope", "quarter" FROM "Figure" WHERE "source" = 'events') AS pairs`,
  )
}

/**
 * The windows that hold at least one event of their scope: a deployment, or an incident opened or
 * resolved in it (the instants figures are bucketed by; a first deploy is a deployment's instant).
 * Each test is an indexed range probe, for team windows on (teamId, deployedAt).
 */
async function windowsWithEvents(tx: Prisma.TransactionClient, windows: readonly Window[], byTeam: boolean): Promise<Pair[]> {
  if (windows.length === 0) return []
  const sql = dialectOf(tx)
  const ofScope = byTeam ? Prisma.sql`AND "teamId" = w.value->>0` : Prisma.empty
  const [from, to] = [asColumn(sql, Prisma.sql`w.value->>2`, 'instant'), asColumn(sql, Prisma.sql`w.value->>3`, 'instant')]
  return jsonRows<Pair>(
    await tx.$queryRaw<{ data: string | null }[]>`
      SELECT ${jsonArrayOfRows(sql, [Prisma.sql`w.value->>0`, Prisma.sql`w.value->>1`])} AS data FROM ${jsonElements(sql, jsonParam(windows), 'w')}
      WHERE EXISTS (SELECT 1 FROM "Deployment" WHERE "deployedAt" >= ${from} AND "deployedAt" < ${to} ${ofScope})
        OR EXISTS (SELECT 1 FROM "Incident" WHERE "openedAt" >= ${from} AND "openedAt" < ${to} ${ofScope})
        OR EXISTS (SELECT 1 FROM "Incident" WHERE "resolvedAt" >= ${from} AND "resolvedAt" < ${to} ${ofScope})`,
  )
}

/**
 * Marks stale, in the caller's transaction, every (scope, quarter) whose event figures can differ
 * once quarters run from local midnight in `timeZone`; the recompute job recomputes them (a published
 * quarter by restatement, as for late events). Two kinds:
 * - every pair with computed figures: its events may have moved out (it may fall to zero);
 * - every pair that now holds events but had none computed: an event near a boundary moves at most
 *   one quarter (zone offsets differ by under two days), and its old quarter is already computed or
 *   marked (ingestion marks each event's quarters, and a recompute always writes ComputedFigure rows),
 *   so only the quarters next to those need looking at, each checked for events under the new zone.
 * Quiet quarters with no figures are not marked here: those from a scope's first event through the
 * current one are computed when next read (see elapsed-quarter-marks.ts), in whichever zone is then
 * set. Returns how many pairs it marked.
 */
export async function markEventFiguresStaleForTimeZone(tx: Prisma.TransactionClient, timeZone: string, now: Date): Promise<number> {
  const withFigures = await pairsWithFigures(tx)
  const marked = await tx.staleEventFigures.findMany({ select: { scope: true, quarter: true } })
  const known: Pair[] = [...withFigures, ...marked.map((m): Pair => [m.scope, m.quarter])]
  const seen = new Set(known.map(([scope, quarter]) => `${scope}|${quarter}`))
  const bounds = new Map<string, [string, string]>()
  const boundsOf = (quarter: string): [string, string] => {
    let b = bounds.get(quarter)
    if (!b) {
      const { start, end } = quarterBoundsUtc(quarter, timeZone)
      b = [storedInstant(start), storedInstant(end)]
      bounds.set(quarter, b)
    }
    return b
  }
  const orgWindows: Window[] = []
  const teamWindows: Window[] = []
  for (const [scope, quarter] of known) {
    if (!isQuarterKey(quarter)) continue
    for (const next of [addQuarters(quarter, -1), addQuarters(quarter, 1)]) {
      // Events from before the event window (stored by older versions) must not spill into unsupported quarters.
      if (!isQuarterKey(next)) continue
      const id = `${scope}|${next}`
      if (seen.has(id)) continue
      seen.add(id)
      const window: Window = [scope, next, ...boundsOf(next)]
      if (scope === 'org') orgWindows.push(window)
      else teamWindows.push(window)
    }
  }
  const moved = [...(await windowsWithEvents(tx, orgWindows, false)), ...(await windowsWithEvents(tx, teamWindows, true))]
  const pairs = [...withFigures, ...moved].map(([scope, quarter]) => ({ scope, quarter }))
  await writeStaleMarks(tx, pairs, now)
  return pairs.length
}
