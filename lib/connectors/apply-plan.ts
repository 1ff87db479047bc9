import {
  deploymentByRule,
  deploymentsShipping,
  mappedTeam,
  pushedChanges,
  pushedHeads,
  storedDeployment,
  storedDeployments,
  storedIncident,
  type ReceivingConnection,
  type StoredDeployment,
} from '@/lib/db/queries/connector-lookups'
import { storePushedCommits, type DeliveryOutcome } from '@/lib/db/services/connector-records'
import type { EventSource, IngestResult, IngestWithin } from '@/lib/db/services/ingest-batch'
import { ingestDeployments } from '@/lib/db/services/ingest-deployments'
import { ingestIncidents } from '@/lib/db/services/ingest-incidents'
import type { Plan } from './plan'

/** What became of a delivery, for its log line. */
export interface Applied {
  outcome: DeliveryOutcome
  reason: string
}

/**
 * Where a plan is carried out: inside the delivery queue's batch transaction (`within`), with the
 * team each source maps to read once a batch (the mapping cannot change while the batch holds the
 * write lock).
 */
export interface ApplyContext {
  within: IngestWithin
  mappedTeam: (connectionId: string, sourceId: string | null) => Promise<{ id: string; slug: string } | null>
}

/** A context for one batch transaction, its team mappings memoised. */
export function applyContext(within: IngestWithin): ApplyContext {
  const teams = new Map<string, Promise<{ id: string; slug: string } | null>>()
  return {
    within,
    mappedTeam: (connectionId, sourceId) => {
      const key = `${connectionId}|${sourceId}`
      let team = teams.get(key)
      if (!team) teams.set(key, (team = mappedTeam(within.tx, connectionId, sourceId)))
      return team
    },
  }
}

type PlanOf<K extends Plan['kind']> = Extract<Plan, { kind: K }>

/** How the audit log names a delivery's sender: the connection, never its secret. */
export function connectionActor(c: ReceivingConnection): string {
  return `connection:${c.provider}:${c.id} (${c.name})`
}

function summary(what: string, result: IngestResult): Applied {
  if (!result.ok) return { outcome: 'refused', reason: `${what}: ${result.body.problem ?? result.body.error}` }
  const reason = result.created > 0 ? `${what} created` : result.updated > 0 ? `${what} updated` : `${what} unchanged (already stored)`
  return { outcome: 'stored', reason }
}

type DeploymentPlan = PlanOf<'deployment'>

/** The events API's deployment item, as a deployment plan becomes one. */
interface DeploymentItemInput {
  id: string
  deployedAt: string
  team: string | null
  service: string
  failed: boolean
  unplanned: boolean
  commits: { sha: string; committedAt: string }[]
}

/** A deployment plan ready for the ingest service: its item, whether it was stored before, and its log line's words. */
interface DeploymentWork {
  item: DeploymentItemInput
  existing: boolean
  what: string
  /** It ships commits its push reported (not just its head commit). */
  shipsPushed: boolean
}

/**
 * Builds one deployment plan's item from what was read for it: the deployment as stored (null if new)
 * and whether a push reported its sha; then its pushed changes and its team are read here.
 */
async function deploymentWork(
  ctx: ApplyContext,
  c: ReceivingConnection,
  plan: DeploymentPlan,
  existing: StoredDeployment | null,
  headPushed: boolean,
): Promise<DeploymentWork> {
  const { tx } = ctx.within
  const team = await ctx.mappedTeam(c.id, plan.repo)
  const pushed = !existing && headPushed ? await pushedChanges(tx, c.id, plan.repo, plan.ref, plan.sha, plan.externalId) : []
  let commits = existing?.commits ?? pushed
  // Never seen pushed: the head commit alone, and only when the body gives its time.
  if (!existing && commits.length === 0 && plan.headCommittedAt) commits = [{ sha: plan.sha, committedAt: plan.headCommittedAt }]
  // A failure status after a success keeps the success's time; the attempt is then failed.
  const deployedAt = existing && plan.failed ? existing.deployedAt : plan.deployedAt
  const item = {
    id: plan.externalId,
    deployedAt: deployedAt.toISOString(),
    team: team?.slug ?? null,
    service: plan.repo,
    failed: plan.failed || (existing?.failed ?? false),
    unplanned: existing?.unplanned ?? false,
    commits: commits.map((x) => ({ sha: x.sha, committedAt: x.committedAt.toISOString() })),
  }
  const changes = `${commits.length} ${commits.length === 1 ? 'change' : 'changes'}`
  const what = `deployment of ${plan.sha.slice(0, 7)} (${changes}${team ? `, team ${team.slug}` : ', organisation only'})`
  return { item, existing: existing !== null, what, shipsPushed: pushed.length > 0 }
}

/** At most this many deployments go to the ingest service together. */
export const DEPLOYMENT_RUN_MAX = 20

/**
 * Applies a run of deployment plans of one connection (at least the first), as many as can go to the
 * ingest service together, in ONE call: one upsert, one first-deploy refresh and one audit event for
 * the run instead of one each. A plan ends the run where what it reads could depend on an earlier
 * plan's writes: the same deployment again, or a deployment of a repository for which an earlier plan
 * of the run ships pushed commits (the commits a deployment ships are those no deployment before it
 * shipped). A deployment whose push was never seen ships only its head commit, which is in no push,
 * so no other deployment's changes can contain it. What became of each, in order.
 */
async function applyDeploymentRun(ctx: ApplyContext, c: ReceivingConnection, plans: readonly DeploymentPlan[]): Promise<Applied[]> {
  const { tx } = ctx.within
  const candidates = plans.slice(0, DEPLOYMENT_RUN_MAX)
  // Read for the whole run before anything of it is written: the rule below keeps these reads valid.
  const stored = await storedDeployments(
    tx,
    candidates.map((p) => p.externalId),
  )
  const heads = await pushedHeads(tx, c.id, candidates)
  const work: DeploymentWork[] = []
  const ids = new Set<string>()
  const shipping = new Set<string>()
  for (const plan of candidates) {
    if (work.length > 0 && (ids.has(plan.externalId) || shipping.has(plan.repo))) break
    const w = await deploymentWork(ctx, c, plan, stored.get(plan.externalId) ?? null, heads.has(`${plan.repo}|${plan.sha}`))
    ids.add(plan.externalId)
    if (w.shipsPushed) shipping.add(plan.repo)
    work.push(w)
  }
  const result = await ingestDeployments(
    work.map((w) => w.item),
    connectionActor(c),
    c.provider as EventSource,
    ctx.within,
  )
  if (!result.ok) {
    // A refusal names one item but refuses the run: then the first alone, so only a bad one is refused.
    if (work.length > 1) return applyDeploymentRun(ctx, c, plans.slice(0, 1))
    return [summary(work[0].what, result)]
  }
  const changed = new Set(result.changed)
  return work.map((w) => ({
    outcome: 'stored',
    reason: `${w.what} ${!changed.has(w.item.id) ? 'unchanged (already stored)' : w.existing ? 'updated' : 'created'}`,
  }))
}

async function applyRevert(ctx: ApplyContext, c: ReceivingConnection, plan: PlanOf<'revert'>): Promise<Applied> {
  const { tx } = ctx.within
  const named = plan.reverts.changeRef ?? plan.reverts.shas.map((s) => s.slice(0, 7)).join(', ')
  const ids = await deploymentsShipping(tx, c.id, plan.repo, plan.reverts.changeRef, plan.reverts.shas)
  if (ids.length === 0) return { outcome: 'ignored', reason: `revert of ${named}: no stored deployment shipped it` }
  const marked: string[] = []
  for (const id of ids) {
    const d = await storedDeployment(tx, id)
    if (!d || d.failed) continue
    const item = {
      id,
      deployedAt: d.deployedAt.toISOString(),
      team: d.teamSlug,
      service: d.service,
      failed: true,
      unplanned: d.unplanned,
      commits: d.commits.map((x) => ({ sha: x.sha, committedAt: x.committedAt.toISOString() })),
    }
    // The deployment keeps its own source: a revert changes its outcome, not who reported it.
    const result = await ingestDeployments([item], connectionActor(c), d.source as EventSource, ctx.within)
    if (!result.ok) return summary(`revert of ${named}`, result)
    marked.push(id)
  }
  if (marked.length === 0) return { outcome: 'stored', reason: `revert of ${named}: its deployment is already marked failed (unchanged)` }
  return { outcome: 'stored', reason: `revert of ${named}: marked ${marked.length} deployment(s) failed` }
}

async function applyIncident(
  ctx: ApplyContext,
  c: ReceivingConnection,
  plan: PlanOf<'incident'>,
  sourceId: string | null,
): Promise<Applied> {
  const { tx } = ctx.within
  const team = await ctx.mappedTeam(c.id, sourceId)
  const existing = await storedIncident(tx, plan.externalId)
  const opened = plan.openedAt.getTime()
  // A provider clock a little behind must not put a response before the opening (the schema refuses it).
  const notBeforeOpened = (d: Date) => new Date(Math.max(d.getTime(), opened))
  const change = plan.change
  const acknowledgedAt = existing?.acknowledgedAt ?? (change.kind === 'acknowledge' ? notBeforeOpened(change.at) : null)
  const resolvedAt =
    change.kind === 'resolve' ? notBeforeOpened(change.at) : change.kind === 'reopen' ? null : (existing?.resolvedAt ?? null)
  // The link by rule is made once, when the incident is first stored; after that the stored link stands.
  const causedBy = existing ? existing.causedBy : await deploymentByRule(tx, team?.id ?? null, plan.openedAt, c.rules.incidentLinkHours)
  const item = {
    id: plan.externalId,
    openedAt: plan.openedAt.toISOString(),
    acknowledgedAt: acknowledgedAt?.toISOString() ?? null,
    resolvedAt: resolvedAt?.toISOString() ?? null,
    severity: plan.severity,
    team: team?.slug ?? null,
    causedBy,
  }
  const result = await ingestIncidents([item], connectionActor(c), c.provider as EventSource, ctx.within)
  const link = !existing && causedBy ? `, linked by rule to ${causedBy}` : ''
  return summary(`incident (severity ${plan.severity}${team ? `, team ${team.slug}` : ', organisation only'}${link})`, result)
}

/** A queued plan with the source it came from (for an incident's team). */
export interface SourcedPlan {
  plan: Plan
  sourceId: string | null
}

/**
 * Carries out the first one or more of `plans` (queued deliveries of connection `c`, in receipt
 * order) through the ingest services the events API uses, so nothing is computed twice, inside the
 * delivery queue's batch transaction. A run of deployments goes to the ingest service together
 * (applyDeploymentRun); anything else alone. What became of each plan applied, in order.
 */
export async function applyPlans(ctx: ApplyContext, c: ReceivingConnection, plans: readonly SourcedPlan[]): Promise<Applied[]> {
  const { plan, sourceId } = plans[0]
  switch (plan.kind) {
    case 'ignore':
      return [{ outcome: 'ignored', reason: plan.reason }]
    case 'push': {
      const { created } = await storePushedCommits(c.id, plan.repo, plan.ref, plan.commits, connectionActor(c), ctx.within.tx)
      const reason = `${created} of ${plan.commits.length} commits to ${plan.ref} stored${created < plan.commits.length ? ' (the rest were already)' : ''}`
      return [{ outcome: 'stored', reason: plan.note ? `${reason}; ${plan.note}` : reason }]
    }
    case 'deployment': {
      const end = plans.findIndex((p) => p.plan.kind !== 'deployment')
      const run = plans.slice(0, end === -1 ? plans.length : end).map((p) => p.plan as DeploymentPlan)
      return applyDeploymentRun(ctx, c, run)
    }
    case 'revert':
      return [await applyRevert(ctx, c, plan)]
    case 'incident':
      return [await applyIncident(ctx, c, plan, sourceId)]
  }
}
