import { severityOf, type ConnectionRules } from '@/lib/validation/connection-rules'
import { at, idAt, listAt, textAt } from './json-path'
import { branchOf, changeRefOf, ignore, malformed, revertTarget, type Plan, type PushedChange, type Translation } from './plan'
import { providerTime } from './provider-time'

/** GitLab sends at most this many commits in a push event; `total_commits_count` has the true number. */
export const GITLAB_PUSH_COMMITS_MAX = 20

type Outcome = { plan: Plan } | { malformed: string }

function push(body: unknown, repo: string): Outcome {
  const ref = textAt(body, 'ref')
  if (!ref) return malformed('push: ref is required')
  const commits: PushedChange[] = []
  for (const c of listAt(body, 'commits')) {
    const sha = textAt(c, 'id')
    const committedAt = providerTime(textAt(c, 'timestamp'))
    if (!sha || !committedAt) return malformed('push: every commit needs an id and a timestamp with a time zone')
    commits.push({ sha, committedAt, changeRef: changeRefOf('gitlab', textAt(c, 'message') ?? '') })
  }
  const total = at(body, 'total_commits_count')
  // The older commits of a larger push are never sent; they are not invented, so they are missing
  // from deployments' changes (lead time counts the newest 20). The log says so.
  const note =
    typeof total === 'number' && total > commits.length
      ? `GitLab sent ${commits.length} of this push's ${total} commits; the other ${total - commits.length} are not counted for lead time`
      : null
  return { plan: { kind: 'push', repo, ref: branchOf(ref), commits, note } }
}

function deployment(body: unknown, repo: string, rules: ConnectionRules, connectionId: string): Outcome {
  const id = idAt(body, 'deployment_id')
  const status = textAt(body, 'status')
  const changedAt = providerTime(textAt(body, 'status_changed_at'))
  // The full sha is only in the commit URL ("…/-/commit/<sha>"); short_sha is 8 characters.
  const sha = /\/commit\/([0-9a-f]{40})$/.exec(textAt(body, 'commit_url') ?? '')?.[1] ?? null
  if (!id || !status || !changedAt || !sha)
    return malformed('deployment: deployment_id, status, status_changed_at and commit_url are required')
  const env = textAt(body, 'environment')
  const tier = textAt(body, 'environment_tier')
  const production = [env, tier].some((name) => name !== null && rules.productionEnvironments.includes(name.toLowerCase()))
  if (!production) return ignore(`environment "${env ?? ''}" is not production under the rules`)
  const failed = rules.failedStatuses.includes(status.toLowerCase())
  if (status !== 'success' && !failed) return ignore(`status "${status}" is neither success nor a failure under the rules`)
  return {
    plan: {
      kind: 'deployment',
      repo,
      ref: textAt(body, 'ref'),
      sha,
      externalId: `gitlab:${connectionId}:deployment:${id}`,
      deployedAt: changedAt,
      failed,
      headCommittedAt: null,
    },
  }
}

function mergeRequest(body: unknown, repo: string): Outcome {
  const mr = at(body, 'object_attributes')
  if (textAt(mr, 'action') !== 'merge' && textAt(mr, 'state') !== 'merged') return ignore('only a merged merge request can be a revert')
  const target = revertTarget('gitlab', textAt(mr, 'title') ?? '', textAt(mr, 'description') ?? '', textAt(mr, 'source_branch') ?? '')
  if (!target) return ignore('merged merge request is not a revert')
  if (target.changeRef === null && target.shas.length === 0) return ignore('a revert that names no merge request or commit it reverts')
  return { plan: { kind: 'revert', repo, reverts: target } }
}

/** Incidents are issues of type incident (work items of type Incident since GitLab 17.2). */
function incident(body: unknown, rules: ConnectionRules, connectionId: string): Outcome {
  const attrs = at(body, 'object_attributes')
  const type = (textAt(attrs, 'type') ?? textAt(attrs, 'issue_type') ?? '').toLowerCase()
  if (type !== 'incident') return ignore(`an issue of type "${type}", not an incident`)
  const id = idAt(attrs, 'id')
  const openedAt = providerTime(textAt(attrs, 'created_at'))
  if (!id || !openedAt) return malformed('incident: object_attributes.id and created_at are required')
  const labels = listAt(attrs, 'labels').map((l) => textAt(l, 'title'))
  const scoped = labels.find((l) => l !== null && /^severity::\s*[1-4]$/i.test(l)) ?? null
  const severity = severityOf(rules, scoped, textAt(attrs, 'severity'))
  const action = textAt(attrs, 'action')
  const externalId = `gitlab:${connectionId}:incident:${id}`
  if (action === 'close' || textAt(attrs, 'state') === 'closed') {
    const closedAt = providerTime(textAt(attrs, 'closed_at')) ?? providerTime(textAt(attrs, 'updated_at'))
    if (!closedAt) return malformed('incident: a closed incident needs closed_at')
    return { plan: { kind: 'incident', externalId, openedAt, severity, change: { kind: 'resolve', at: closedAt } } }
  }
  const change =
    action === 'reopen' ? ({ kind: 'reopen' } as const) : action === 'open' ? ({ kind: 'open' } as const) : ({ kind: 'severity' } as const)
  return { plan: { kind: 'incident', externalId, openedAt, severity, change } }
}

/** A GitLab delivery as a plan; the type is the body's object_kind (X-Gitlab-Event says the same in words). */
export function translateGitlab(body: unknown, rules: ConnectionRules, connectionId: string): Translation {
  const kind = textAt(body, 'object_kind') ?? 'unknown'
  const action = textAt(body, 'object_attributes', 'action')
  const repo = textAt(body, 'project', 'path_with_namespace')
  const base = { eventType: action ? `${kind}.${action}` : kind, sourceId: repo }
  const handled = ['push', 'deployment', 'merge_request', 'issue', 'work_item']
  if (!handled.includes(kind)) return { ...base, ...ignore(`event "${kind}" is not one the app reads`) }
  if (!repo) return { ...base, ...malformed(`${kind}: project.path_with_namespace is required`) }
  switch (kind) {
    case 'push':
      return { ...base, ...push(body, repo) }
    case 'deployment':
      return { ...base, ...deployment(body, repo, rules, connectionId) }
    case 'merge_request':
      return { ...base, ...mergeRequest(body, repo) }
    default:
      return { ...base, ...incident(body, rules, connectionId) }
  }
}
