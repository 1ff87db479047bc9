import { dialectOf } from '../dialect'
import { asColumn, elementText, jsonArrayOfRows, jsonElements, storedForm } from '../dialect-json'
import { Prisma } from '../generated/client'
import { getSettings } from '../queries/settings'
import { incidentItemSchema, type IncidentItem } from '@/lib/validation/event-schemas'
import { appendAudit } from './audit'
import {
  inOwnOrSharedTransaction,
  jsonParam,
  jsonRows,
  resolveTeams,
  storedInstant,
  validateBatch,
  type EventSource,
  type IngestResult,
  type IngestWithin,
} from './ingest-batch'
import { StaleMarks } from './ingest-stale-marks'

type Row = [
  externalId: string,
  openedAt: string,
  acknowledgedAt: string | null,
  resolvedAt: string | null,
  severity: number,
  teamId: string | null,
  causedBy: string | null,
  source: EventSource,
]

const instant = (d: Date | null) => (d === null ? null : storedInstant(d))

function toRow(i: IncidentItem, teamId: string | null, source: EventSource): Row {
  return [i.id, storedInstant(i.openedAt), instant(i.acknowledgedAt), instant(i.resolvedAt), i.severity, teamId, i.causedBy, source]
}

async function readStored(tx: Prisma.TransactionClient, rows: readonly Row[]): Promise<Map<string, Row>> {
  const sql = dialectOf(tx)
  const instantOf = (column: string) => storedForm(sql, Prisma.raw(`"${column}"`), 'instant')
  const columns = [
    Prisma.sql`"externalId"`,
    instantOf('openedAt'),
    instantOf('acknowledgedAt'),
    instantOf('resolvedAt'),
    Prisma.sql`"severity"`,
    Prisma.sql`"teamId"`,
    Prisma.sql`"causedBy"`,
    Prisma.sql`"source"`,
  ]
  const stored = jsonRows<Row>(
    await tx.$queryRaw<{ data: string | null }[]>`
      SELECT ${jsonArrayOfRows(sql, columns)} AS data
      FROM "Incident" WHERE "externalId" IN (SELECT ${elementText(sql)} FROM ${jsonElements(sql, jsonParam(rows.map((r) => r[0])))})`,
  )
  return new Map(stored.map((r) => [r[0], r]))
}

// A link a person set or removed by hand (causeSetBy) outlives a resend of the incident: the sender
// or the connection's rule made the first link, the person who knows better made this one.
async function upsertIncidents(tx: Prisma.TransactionClient, rows: readonly Row[], now: Date): Promise<void> {
  const sql = dialectOf(tx)
  const instant = (value: Prisma.Sql) => asColumn(sql, value, 'instant')
  await tx.$executeRaw`
    INSERT INTO "Incident" ("externalId", "openedAt", "acknowledgedAt", "resolvedAt", "severity", "teamId", "causedBy", "source", "receivedAt")
    SELECT value->>0, ${instant(Prisma.sql`value->>1`)}, ${instant(Prisma.sql`value->>2`)}, ${instant(Prisma.sql`value->>3`)},
      ${asColumn(sql, Prisma.sql`value->>4`, 'integer')}, value->>5, value->>6, value->>7, ${instant(Prisma.sql`${storedInstant(now)}`)}
    FROM ${jsonElements(sql, jsonParam(rows))} WHERE true
    ON CONFLICT ("externalId") DO UPDATE SET "openedAt" = excluded."openedAt", "acknowledgedAt" = excluded."acknowledgedAt",
      "resolvedAt" = excluded."resolvedAt", "severity" = excluded."severity", "teamId" = excluded."teamId",
      "causedBy" = CASE WHEN "Incident"."causeSetBy" IS NULL THEN excluded."causedBy" ELSE "Incident"."causedBy" END,
      "source" = excluded."source"`
}

/**
 * An incident counts in the quarter it opened (major incidents, MTTA) and the one it was resolved
 * in (MTTR, recovery time), for its team; the deployment it names as its cause counts as failed in
 * that deployment's quarter and team. Before and after a change, all of these are marked.
 */
async function markIncidents(tx: Prisma.TransactionClient, marks: StaleMarks, rows: readonly Row[]): Promise<void> {
  for (const [, openedAt, , resolvedAt, , teamId] of rows) {
    marks.add(teamId, openedAt)
    marks.add(teamId, resolvedAt)
  }
  const causes = [...new Set(rows.map((r) => r[6]).filter((c): c is string => c !== null))]
  if (causes.length === 0) return
  const sql = dialectOf(tx)
  const deployments = jsonRows<[string | null, string]>(
    await tx.$queryRaw<{ data: string | null }[]>`
      SELECT ${jsonArrayOfRows(sql, [Prisma.sql`"teamId"`, storedForm(sql, Prisma.sql`"deployedAt"`, 'instant')])} AS data FROM "Deployment"
      WHERE "externalId" IN (SELECT ${elementText(sql)} FROM ${jsonElements(sql, jsonParam(causes))})`,
  )
  for (const [teamId, deployedAt] of deployments) marks.add(teamId, deployedAt)
}

/**
 * Upserts a batch of incidents by external id, all or nothing; identical ones are left alone, so
 * resending a batch changes nothing. Marks stale what changed and appends one audit event. `source`
 * names the sender (the events API, or a webhook connection), carried to the figures computed.
 * `within`: inside a transaction the caller owns (the delivery queue's batch), not one of its own.
 */
export async function ingestIncidents(
  raw: readonly unknown[],
  actor: string,
  source: EventSource = 'events',
  within?: IngestWithin,
): Promise<IngestResult> {
  const validated = validateBatch(raw, incidentItemSchema)
  if ('refused' in validated) return { ok: false, status: 400, body: validated.refused }
  if (validated.items.length === 0) return { ok: true, accepted: 0, created: 0, updated: 0, unchanged: 0, changed: [] }
  const outcome = await inOwnOrSharedTransaction(within, async (tx, sharedTimeZone, settle) => {
    const now = new Date()
    const teamIds = await resolveTeams(tx, validated.items)
    const rows = validated.items.map((item, i) => toRow(item, teamIds[i], source))
    const stored = await readStored(tx, rows)
    const changed = rows.filter((row) => JSON.stringify(stored.get(row[0])) !== JSON.stringify(row))
    const created = changed.filter((row) => !stored.has(row[0])).length
    const counts = { accepted: rows.length, created, updated: changed.length - created, unchanged: rows.length - changed.length }
    if (changed.length === 0) return { ...counts, changed: [] }

    const marks = new StaleMarks(sharedTimeZone ?? (await getSettings(tx)).timeZone)
    const previous = changed.map((row) => stored.get(row[0])).filter((r): r is Row => r !== undefined)
    await markIncidents(tx, marks, [...changed, ...previous])
    await upsertIncidents(tx, changed, now)
    await settle(marks)
    await appendAudit(tx, {
      actor,
      action: 'events.incidents',
      entity: 'events',
      entityId: 'incidents',
      after: { ...counts, stale: marks.summary() },
    })
    return { ...counts, changed: changed.map((row) => row[0]) }
  })
  if ('refused' in outcome) return { ok: false, status: 400, body: outcome.refused }
  return { ok: true, ...outcome }
}
