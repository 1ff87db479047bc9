import type { PushedChange } from '@/lib/db/services/connector-records'

export type { PushedChange }

/**
 * What a delivery asks the app to do, as the provider translators read it from the body. The
 * translators are pure (body and rules in, plan out); apply-plan.ts carries a plan out through the
 * same ingest services as the events API.
 */
export type Plan =
  | { kind: 'ignore'; reason: string }
  | { kind: 'push'; repo: string; ref: string; commits: PushedChange[]; note: string | null }
  | {
      kind: 'deployment'
      repo: string
      /** The branch deployed, when the provider names one (a sha or tag otherwise). */
      ref: string | null
      sha: string
      externalId: string
      deployedAt: Date
      failed: boolean
      /** The head commit's own time, when the body carries it (a workflow run does; a deployment does not). */
      headCommittedAt: Date | null
    }
  | { kind: 'revert'; repo: string; reverts: { changeRef: string | null; shas: string[] } }
  | {
      kind: 'incident'
      externalId: string
      openedAt: Date
      severity: number
      change:
        { kind: 'open' } | { kind: 'acknowledge'; at: Date } | { kind: 'resolve'; at: Date } | { kind: 'reopen' } | { kind: 'severity' }
    }

/** A translated delivery: its event type and source (for the log), and the plan or why it is malformed. */
export type Translation = { eventType: string; sourceId: string | null } & ({ plan: Plan } | { malformed: string })

export const ignore = (reason: string): { plan: Plan } => ({ plan: { kind: 'ignore', reason } })
export const malformed = (problem: string): { malformed: string } => ({ malformed: problem })

/** "refs/heads/main" → "main"; other refs (tags) are kept whole. */
export function branchOf(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref
}

// A revert names the request it reverts: GitHub's revert button writes 'Reverts owner/repo#12' in
// the body and a 'revert-12-branch' branch; GitLab's writes 'This reverts merge request !12'. A
// revert of single commits names them: 'This reverts commit <sha>'.
const REVERTED_REQUEST = [/\breverts\s+[\w.-]+\/[\w.-]+#(\d+)/i, /\breverts?\s+(?:pull request\s+)?#(\d+)/i, /^revert-(\d+)-/]
const REVERTED_MR = /\breverts?\s+merge request\s+(?:[\w./-]+)?!(\d+)/i
const REVERTED_SHA = /\breverts commit ([0-9a-f]{7,40})\b/gi

/** What a merged revert reverts, read from its title, body and branch; null when it is no revert. */
export function revertTarget(
  provider: 'github' | 'gitlab',
  title: string,
  body: string,
  branch: string,
): { changeRef: string | null; shas: string[] } | null {
  const looksLikeRevert = /^revert\b/i.test(title.trim()) || /^revert-/.test(branch)
  if (!looksLikeRevert) return null
  const text = `${title}\n${body}`
  const shas = [...text.matchAll(REVERTED_SHA)].map((m) => m[1].toLowerCase())
  let changeRef: string | null = null
  if (provider === 'gitlab') {
    const mr = REVERTED_MR.exec(text)
    if (mr) changeRef = `!${mr[1]}`
  } else {
    for (const pattern of REVERTED_REQUEST) {
      const m = pattern.exec(pattern.source.startsWith('^revert-') ? branch : text)
      if (m) {
        changeRef = `#${m[1]}`
        break
      }
    }
  }
  return { changeRef, shas }
}

/** The request a pushed commit merged, from its message (GitHub merge and squash commits, GitLab merge commits). */
export function changeRefOf(provider: 'github' | 'gitlab', message: string): string | null {
  if (provider === 'gitlab') {
    const m = /See merge request [\w./-]+!(\d+)/.exec(message)
    return m ? `!${m[1]}` : null
  }
  const firstLine = message.split('\n')[0]
  const m = /^Merge pull request #(\d+) /.exec(firstLine) ?? /\(#(\d+)\)\s*$/.exec(firstLine)
  return m ? `#${m[1]}` : null
}
