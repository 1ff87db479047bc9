import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { readRules, type ConnectionRules } from '@/lib/validation/connection-rules'

/**
 * The reads a webhook delivery needs to become events: the connection, the team a source maps to,
 * and what is already stored (pushed commits, the deployment or incident it updates). The delivery
 * queue reads through its batch's transaction (`db`), so each delivery sees what the ones before it
 * in the batch wrote, on PostgreSQL's pool as on SQLite's one connection.
 */
type Db = Prisma.TransactionClient
export interface ReceivingConnection {
  id: string
  provider: string
  name: string
  secretEncrypted: string
  paused: boolean
  rules: ConnectionRules
}

/**
 * One raw select, not findUnique: it runs on every delivery, and Prisma 6.19 compiles a model
 * query's plan on each call (about 0.3 ms here), while raw SQL goes to the database as written.
 */
export async function getReceivingConnection(id: string, db: Db = prisma): Promise<ReceivingConnection | null> {
  const [row] = await db.$queryRaw<
    { id: string; provider: string; name: string; secretEncrypted: string; paused: unknown; rules: string }[]
  >`
    SELECT "id", "provider", "name", "secretEncrypted", ("pausedAt" IS NOT NULL) AS "paused", "rules" FROM "Connection" WHERE "id" = ${id}`
  if (!row) return null
  return {
    id: row.id,
    provider: row.provider,
    name: row.name,
    secretEncrypted: row.secretEncrypted,
    // SQLite answers 0 or 1, PostgreSQL a boolean.
    paused: row.paused === true || Number(row.paused) === 1,
    rules: readRules(row.rules),
  }
}

/** The team (id and slug) a source is mapped to, or null: an unmapped source counts for the organisation only. */
export async function mappedTeam(db: Db, connectionId: string, sourceId: string | null): Promise<{ id: string; slug: string } | null> {
  if (sourceId === null) return null
  const mapping = await db.sourceMapping.findUnique({
    where: { connectionId_sourceId: { connectionId, sourceId } },
    select: { teamId: true },
  })
  if (!mapping) return null
  return db.team.findUnique({ where: { id: mapping.teamId }, select: { id: true, slug: true } })
}

export interface StoredDeployment {
  externalId: string
  deployedAt: Date
  teamSlug: string | null
  service: string | null
  failed: boolean
  unplanned: boolean
  source: string
  commits: { sha: string; committedAt: Date }[]
}

/** One stored deployment, or null: storedDeployments for a single id. */
export async function storedDeployment(db: Db, externalId: string): Promise<StoredDeployment | null> {
  return (await storedDeployments(db, [externalId])).get(externalId) ?? null
}

/** The stored deployments among `externalIds`, by external id: a run of deliveries' reads in two queries. */
export async function storedDeployments(db: Db, externalIds: readonly string[]): Promise<Map<string, StoredDeployment>> {
  const rows = await db.deployment.findMany({
    where: { externalId: { in: [...externalIds] } },
    include: { commits: { select: { sha: true, committedAt: true }, orderBy: { id: 'asc' } } },
  })
  const teamIds = [...new Set(rows.map((r) => r.teamId).filter((id): id is string => id !== null))]
  const teams = teamIds.length === 0 ? [] : await db.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, slug: true } })
  const slugs = new Map(teams.map((t) => [t.id, t.slug]))
  return new Map(
    rows.map((row) => [
      row.externalId,
      {
        externalId: row.externalId,
        deployedAt: row.deployedAt,
        teamSlug: row.teamId === null ? null : (slugs.get(row.teamId) ?? null),
        service: row.service,
        failed: row.failed,
        unplanned: row.unplanned,
        source: row.source,
        commits: row.commits,
      },
    ]),
  )
}

/** Which of `heads` (repository and sha) a push of this connection reported, as "repo|sha". */
export async function pushedHeads(db: Db, connectionId: string, heads: readonly { repo: string; sha: string }[]): Promise<Set<string>> {
  const rows = await db.pushedCommit.findMany({
    where: { connectionId, sha: { in: [...new Set(heads.map((h) => h.sha))] } },
    select: { repo: true, sha: true },
  })
  return new Set(rows.map((r) => `${r.repo}|${r.sha}`))
}

/** At most this many changes per deployment, as the events API takes. */
const CHANGES_MAX = 1000

/**
 * A deployment's changes: the commits pushed to the deployed ref, up to the deployed sha, that no
 * other deployment of the repository shipped before (so, since the previous deployment). Empty when
 * the push of the deployed sha was never seen: commits are never guessed.
 */
export async function pushedChanges(
  db: Db,
  connectionId: string,
  repo: string,
  ref: string | null,
  sha: string,
  externalId: string,
): Promise<{ sha: string; committedAt: Date }[]> {
  const heads = await db.pushedCommit.findMany({
    where: { connectionId, repo, sha },
    select: { id: true, ref: true },
    orderBy: { id: 'asc' },
  })
  const head = heads.find((h) => h.ref === ref) ?? heads[0]
  if (!head) return []
  const candidates = await db.pushedCommit.findMany({
    where: { connectionId, repo, ref: head.ref, id: { lte: head.id } },
    orderBy: { id: 'desc' },
    take: CHANGES_MAX,
    select: { sha: true, committedAt: true },
  })
  const shipped = await db.deploymentCommit.findMany({
    where: { sha: { in: candidates.map((c) => c.sha) }, deployment: { service: repo, externalId: { not: externalId } } },
    select: { sha: true, deployment: { select: { deployedAt: true } } },
  })
  // Walking back from the head, the first commit an earlier deployment shipped is where that deployment stood.
  const shippedShas = new Set(shipped.map((s) => s.sha))
  const changes: { sha: string; committedAt: Date }[] = []
  for (const c of candidates) {
    if (shippedShas.has(c.sha)) break
    changes.push(c)
  }
  return changes.reverse()
}

export interface StoredIncident {
  acknowledgedAt: Date | null
  resolvedAt: Date | null
  causedBy: string | null
}

export async function storedIncident(db: Db, externalId: string): Promise<StoredIncident | null> {
  return db.incident.findUnique({ where: { externalId }, select: { acknowledgedAt: true, resolvedAt: true, causedBy: true } })
}

/**
 * The incident-to-deployment rule: the latest deployment of the same team (every stored deployment is
 * a production one) that happened at most `hours` before the incident opened. None for an unmapped
 * incident: an organisation-wide guess would blame an arbitrary team's change.
 */
export async function deploymentByRule(db: Db, teamId: string | null, openedAt: Date, hours: number): Promise<string | null> {
  if (teamId === null || hours <= 0) return null
  const row = await db.deployment.findFirst({
    where: { teamId, deployedAt: { lte: openedAt, gte: new Date(openedAt.getTime() - hours * 3_600_000) } },
    orderBy: [{ deployedAt: 'desc' }, { id: 'desc' }],
    select: { externalId: true },
  })
  return row?.externalId ?? null
}

/** The deployments that first shipped the reverted change: by its request (#12, !12) or its commit shas. */
export async function deploymentsShipping(
  db: Db,
  connectionId: string,
  repo: string,
  changeRef: string | null,
  shas: readonly string[],
): Promise<string[]> {
  const byRequest =
    changeRef === null ? [] : await db.pushedCommit.findMany({ where: { connectionId, repo, changeRef }, select: { sha: true } })
  const byPrefix =
    shas.length === 0
      ? []
      : await db.pushedCommit.findMany({
          where: { connectionId, repo, OR: shas.map((s) => ({ sha: { startsWith: s } })) },
          select: { sha: true },
        })
  const all = [...new Set([...byRequest, ...byPrefix].map((c) => c.sha).concat(shas.filter((s) => s.length === 40)))]
  if (all.length === 0) return []
  const first = await db.firstDeploy.findMany({ where: { sha: { in: all } }, select: { deploymentId: true } })
  const deployments = await db.deployment.findMany({
    where: { id: { in: first.map((f) => f.deploymentId) } },
    select: { externalId: true },
  })
  return deployments.map((d) => d.externalId)
}
