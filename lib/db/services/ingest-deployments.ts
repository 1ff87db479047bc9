import { dialectOf } from '../dialect'
import { asColumn, elementText, jsonArrayOfRows, jsonElements, jsonObjectOfRows, storedForm } from '../dialect-json'
import { Prisma } from '../generated/client'
import { getSettings } from '../queries/settings'
import { deploymentItemSchema, type DeploymentItem } from '@/lib/validation/event-schemas'
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
import { refreshFirstDeploys } from './ingest-first-deploy'
import { StaleMarks } from './ingest-stale-marks'

/** A deployment as stored, instants as stored text and flags as 0/1, with its commits (sha → committedAt). */
interface Stored {
  id: number
  teamId: string | null
  deployedAt: string
  row: string
  commits: Map<string, string>
}

/** One item in stored form: the row's columns and its commits, ready to compare and to write. */
interface Item {
  id: string
  teamId: string | null
  deployedAt: string
  row: [
    externalId: string,
    deployedAt: string,
    teamId: string | null,
    service: string | null,
    failed: 0 | 1,
    unplanned: 0 | 1,
    source: EventSource,
  ]
  commits: [sha: string, committedAt: string][]
}

function toItem(d: DeploymentItem, teamId: string | null, source: EventSource): Item {
  const deployedAt = storedInstant(d.deployedAt)
  return {
    id: d.id,
    teamId,
    deployedAt,
    row: [d.id, deployedAt, teamId, d.service, d.failed ? 1 : 0, d.unplanned ? 1 : 0, source],
    commits: d.commits.map((c) => [c.sha, storedInstant(c.committedAt)]),
  }
}

async function readStored(tx: Prisma.TransactionClient, items: readonly Item[]): Promise<Map<string, Stored>> {
  const sql = dialectOf(tx)
  const columns = [
    Prisma.sql`"externalId"`,
    storedForm(sql, Prisma.sql`"deployedAt"`, 'instant'),
    Prisma.sql`"teamId"`,
    Prisma.sql`"service"`,
    storedForm(sql, Prisma.sql`"failed"`, 'flag'),
    storedForm(sql, Prisma.sql`"unplanned"`, 'flag'),
    Prisma.sql`"source"`,
    Prisma.sql`"id"`,
  ]
  const rows = jsonRows<[...Item['row'], number]>(
    await tx.$queryRaw<{ data: string | null }[]>`
      SELECT ${jsonArrayOfRows(sql, columns)} AS data
      FROM "Deployment" WHERE "externalId" IN (SELECT ${elementText(sql)} FROM ${jsonElements(sql, jsonParam(items.map((i) => i.id)))})`,
  )
  const stored = new Map<string, Stored>()
  const byId = new Map<number, Stored>()
  for (const r of rows) {
    const s: Stored = { id: r[7], teamId: r[2], deployedAt: r[1], row: JSON.stringify(r.slice(0, 7)), commits: new Map() }
    stored.set(r[0], s)
    byId.set(s.id, s)
  }
  if (byId.size === 0) return stored
  const commits = jsonRows<[number, string, string]>(
    await tx.$queryRaw<{ data: string | null }[]>`
      SELECT ${jsonArrayOfRows(sql, [Prisma.sql`"deploymentId"`, Prisma.sql`"sha"`, storedForm(sql, Prisma.sql`"committedAt"`, 'instant')])} AS data
      FROM "DeploymentCommit" WHERE "deploymentId" IN (SELECT ${asColumn(sql, elementText(sql), 'integer')} FROM ${jsonElements(sql, jsonParam([...byId.keys()]))})`,
  )
  for (const [deploymentId, sha, committedAt] of commits) byId.get(deploymentId)?.commits.set(sha, committedAt)
  return stored
}

function unchanged(s: Stored, item: Item): boolean {
  return (
    s.row === JSON.stringify(item.row) &&
    s.commits.size === item.commits.length &&
    item.commits.every(([sha, at]) => s.commits.get(sha) === at)
  )
}

/** Inserts new deployments and overwrites changed ones; the row ids by external id. */
async function upsertDeployments(tx: Prisma.TransactionClient, items: readonly Item[], now: Date): Promise<Map<string, number>> {
  const sql = dialectOf(tx)
  const rows = jsonParam(items.map((i) => i.row))
  const field = (n: number) => Prisma.sql`value->>${Prisma.raw(String(n))}`
  await tx.$executeRaw`
    INSERT INTO "Deployment" ("externalId", "deployedAt", "teamId", "service", "failed", "unplanned", "source", "receivedAt")
    SELECT ${field(0)}, ${asColumn(sql, field(1), 'instant')}, ${field(2)}, ${field(3)}, ${asColumn(sql, field(4), 'flag')},
      ${asColumn(sql, field(5), 'flag')}, ${field(6)}, ${asColumn(sql, Prisma.sql`${storedInstant(now)}`, 'instant')}
    FROM ${jsonElements(sql, rows)} WHERE true
    ON CONFLICT ("externalId") DO UPDATE SET "deployedAt" = excluded."deployedAt", "teamId" = excluded."teamId",
      "service" = excluded."service", "failed" = excluded."failed", "unplanned" = excluded."unplanned", "source" = excluded."source"`
  const [{ data }] = await tx.$queryRaw<{ data: string }[]>`
    SELECT ${jsonObjectOfRows(sql, Prisma.sql`"externalId"`, Prisma.sql`"id"`)} AS data FROM "Deployment"
    WHERE "externalId" IN (SELECT ${elementText(sql)} FROM ${jsonElements(sql, jsonParam(items.map((i) => i.id)))})`
  return new Map(Object.entries(JSON.parse(data) as Record<string, number>))
}

/** A changed deployment's commits are replaced by the ones it was re-sent with. */
async function replaceCommits(
  tx: Prisma.TransactionClient,
  items: readonly Item[],
  ids: Map<string, number>,
  replaced: number[],
): Promise<void> {
  const sql = dialectOf(tx)
  if (replaced.length > 0) {
    await tx.$executeRaw`DELETE FROM "DeploymentCommit" WHERE "deploymentId" IN (SELECT ${asColumn(sql, elementText(sql), 'integer')} FROM ${jsonElements(sql, jsonParam(replaced))})`
  }
  const commits = items.flatMap((d) => d.commits.map(([sha, at]) => [ids.get(d.id), sha, at]))
  if (commits.length === 0) return
  await tx.$executeRaw`
    INSERT INTO "DeploymentCommit" ("deploymentId", "sha", "committedAt")
    SELECT ${asColumn(sql, Prisma.sql`value->>0`, 'integer')}, value->>1, ${asColumn(sql, Prisma.sql`value->>2`, 'instant')}
    FROM ${jsonElements(sql, jsonParam(commits))}`
}

/**
 * Upserts a batch of deployments by external id, all or nothing: new ones are created, changed
 * ones overwritten (commits included), identical ones left alone, so resending a batch changes
 * nothing. Each change's first deployment is kept current, and every (scope, quarter) whose
 * figures may have moved is marked stale, in the same transaction, with one audit event. `source`
 * names the sender (the events API, or a webhook connection), carried to the figures computed.
 * `within`: inside a transaction the caller owns (the delivery queue's batch), not one of its own.
 */
export async function ingestDeployments(
  raw: readonly unknown[],
  actor: string,
  source: EventSource = 'events',
  within?: IngestWithin,
): Promise<IngestResult> {
  const validated = validateBatch(raw, deploymentItemSchema)
  if ('refused' in validated) return { ok: false, status: 400, body: validated.refused }
  if (validated.items.length === 0) return { ok: true, accepted: 0, created: 0, updated: 0, unchanged: 0, changed: [] }
  const outcome = await inOwnOrSharedTransaction(within, async (tx, sharedTimeZone, settle) => {
    const now = new Date()
    const teamIds = await resolveTeams(tx, validated.items)
    const items = validated.items.map((item, i) => toItem(item, teamIds[i], source))
    const stored = await readStored(tx, items)
    const changed = items.filter((item) => !stored.has(item.id) || !unchanged(stored.get(item.id) as Stored, item))
    const created = changed.filter((item) => !stored.has(item.id)).length
    const counts = { accepted: items.length, created, updated: changed.length - created, unchanged: items.length - changed.length }
    if (changed.length === 0) return { ...counts, changed: [] }

    const marks = new StaleMarks(sharedTimeZone ?? (await getSettings(tx)).timeZone)
    const previous = changed.map((item) => stored.get(item.id)).filter((s): s is Stored => s !== undefined)
    for (const d of [...changed, ...previous]) marks.add(d.teamId, d.deployedAt)

    const ids = await upsertDeployments(tx, changed, now)
    await replaceCommits(
      tx,
      changed,
      ids,
      previous.map((s) => s.id),
    )
    const shas = new Set([...changed.flatMap((d) => d.commits.map(([sha]) => sha)), ...previous.flatMap((s) => [...s.commits.keys()])])
    await refreshFirstDeploys(tx, [...shas], marks)
    await settle(marks)
    await appendAudit(tx, {
      actor,
      action: 'events.deployments',
      entity: 'events',
      entityId: 'deployments',
      after: { ...counts, stale: marks.summary() },
    })
    return { ...counts, changed: changed.map((item) => item.id) }
  })
  if ('refused' in outcome) return { ok: false, status: 400, body: outcome.refused }
  return { ok: true, ...outcome }
}
