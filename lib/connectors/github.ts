import type { ConnectionRules } from '@/lib/validation/connection-rules'
import { at, idAt, listAt, textAt } from './json-path'
import { branchOf, changeRefOf, ignore, malformed, revertTarget, type Plan, type PushedChange, type Translation } from './plan'
import { providerTime } from './provider-time'

const isProduction = (rules: ConnectionRules, env: string | null) =>
  env !== null && rules.productionEnvironments.includes(env.toLowerCase())

function push(body: unknown): { plan: Plan } | { malformed: string } {
  const repo = textAt(body, 'repository', 'full_name')
  const ref = textAt(body, 'ref')
  if (!repo || !ref) return malformed('push: repository.full_name and ref are required')
  if (!ref.startsWith('refs/heads/')) return ignore(`push to ${ref}: only branches carry changes`)
  const commits: PushedChange[] = []
  for (const c of listAt(body, 'commits')) {
    const sha = textAt(c, 'id')
    const committedAt = providerTime(textAt(c, 'timestamp'))
    if (!sha || !committedAt) return malformed('push: every commit needs an id and a timestamp with a time zone')
    commits.push({ sha, committedAt, changeRef: changeRefOf('github', textAt(c, 'message') ?? '') })
  }
  // GitHub lists at most 2,048 commits of a push; a larger push keeps those (see the README).
  return { plan: { kind: 'push', repo, ref: branchOf(ref), commits, note: null } }
}

function deploymentStatus(body: unknown, rules: ConnectionRules, connectionId: string) {
  const repo = textAt(body, 'repository', 'full_name')
  const id = idAt(body, 'deployment', 'id')
  const sha = textAt(body, 'deployment', 'sha')
  const state = textAt(body, 'deployment_status', 'state')
  const at = providerTime(textAt(body, 'deployment_status', 'created_at'))
  if (!repo || !id || !sha || !state || !at)
    return malformed('deployment_status: repository, deployment id and sha, and the status state and created_at are required')
  const env = textAt(body, 'deployment_status', 'environment') ?? textAt(body, 'deployment', 'environment')
  if (!isProduction(rules, env)) return ignore(`environment "${env ?? ''}" is not production under the rules`)
  const failed = rules.failedStatuses.includes(state.toLowerCase())
  if (state !== 'success' && !failed) return ignore(`status "${state}" is neither success nor a failure under the rules`)
  const ref = textAt(body, 'deployment', 'ref')
  return {
    plan: {
      kind: 'deployment' as const,
      repo,
      ref,
      sha,
      externalId: `github:${connectionId}:deployment:${id}`,
      deployedAt: at,
      failed,
      headCommittedAt: null,
    },
  }
}

function workflowRun(body: unknown, rules: ConnectionRules, connectionId: string) {
  const run = at(body, 'workflow_run')
  const name = textAt(run, 'name')
  if (!name || !rules.deploymentWorkflows.includes(name))
    return ignore(`workflow "${name ?? ''}" is not a deployment workflow under the rules`)
  if (textAt(body, 'action') !== 'completed' || textAt(run, 'conclusion') !== 'success')
    return ignore('only a completed, successful run counts as a deployment')
  const repo = textAt(body, 'repository', 'full_name')
  const branch = textAt(run, 'head_branch')
  const id = idAt(run, 'id')
  const sha = textAt(run, 'head_sha')
  const finished = providerTime(textAt(run, 'updated_at'))
  if (!repo || !id || !sha || !finished) return malformed('workflow_run: repository, run id, head_sha and updated_at are required')
  if (branch !== textAt(body, 'repository', 'default_branch')) return ignore(`run on "${branch ?? ''}", not the default branch`)
  return {
    plan: {
      kind: 'deployment' as const,
      repo,
      ref: branch,
      sha,
      externalId: `github:${connectionId}:workflow_run:${id}`,
      deployedAt: finished,
      failed: false,
      headCommittedAt: providerTime(textAt(run, 'head_commit', 'timestamp')),
    },
  }
}

function pullRequest(body: unknown) {
  const pr = at(body, 'pull_request')
  if (textAt(body, 'action') !== 'closed' || at(pr, 'merged') !== true) return ignore('only a merged pull request can be a revert')
  const repo = textAt(body, 'repository', 'full_name')
  if (!repo) return malformed('pull_request: repository.full_name is required')
  const target = revertTarget('github', textAt(pr, 'title') ?? '', textAt(pr, 'body') ?? '', textAt(pr, 'head', 'ref') ?? '')
  if (!target) return ignore('merged pull request is not a revert')
  if (target.changeRef === null && target.shas.length === 0) return ignore('a revert that names no pull request or commit it reverts')
  return { plan: { kind: 'revert' as const, repo, reverts: target } }
}

/** A GitHub delivery (X-GitHub-Event names its type) as a plan. */
export function translateGithub(event: string, body: unknown, rules: ConnectionRules, connectionId: string): Translation {
  const action = textAt(body, 'action')
  const eventType = action ? `${event}.${action}` : event
  const sourceId = textAt(body, 'repository', 'full_name')
  const base = { eventType, sourceId }
  switch (event) {
    case 'ping':
      return { ...base, ...ignore('ping: GitHub checks the URL and the secret; both work') }
    case 'push':
      return { ...base, ...push(body) }
    case 'deployment_status':
      return { ...base, ...deploymentStatus(body, rules, connectionId) }
    case 'workflow_run':
      return { ...base, ...workflowRun(body, rules, connectionId) }
    case 'pull_request':
      return { ...base, ...pullRequest(body) }
    default:
      return { ...base, ...ignore(`event "${event}" is not one the app reads`) }
  }
}
