import { z } from 'zod'

const words = (max: number) =>
  z
    .array(z.string().trim().toLowerCase().min(1, 'must not be empty').max(100, 'must be at most 100 characters'))
    .max(max, `must list at most ${max}`)

const severity = z.number().int('must be a whole number from 1 to 4').min(1, 'must be from 1 to 4').max(4, 'must be from 1 to 4')

/**
 * A connection's rules, each with the default a team running GitHub or GitLab and PagerDuty expects.
 * Stored as JSON on the connection; a missing key takes its default, so old rows read as today's defaults.
 */
const connectionRulesSchema = z.object({
  /** Environment names (compared without case) whose deployments count as production. */
  productionEnvironments: words(20).default(['production', 'prod']),
  /** Deployment statuses that mark the deployment attempt failed (GitHub: failure, error; GitLab: failed). */
  failedStatuses: words(10).default(['failure', 'error', 'failed']),
  /**
   * GitHub Actions workflows whose successful run on the default branch counts as a deployment, for
   * teams without GitHub deployments. Empty: workflow runs are ignored.
   */
  deploymentWorkflows: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  /** PagerDuty priority names (P1…P5) and urgencies (high, low), and GitLab severities, to severity 1–4. */
  severities: z.record(z.string().trim().toLowerCase().min(1).max(40), severity).default({
    p1: 1,
    p2: 2,
    p3: 3,
    p4: 4,
    p5: 4,
    critical: 1,
    high: 2,
    medium: 3,
    low: 4,
    unknown: 4,
  }),
  /** Severity when nothing above names one (e.g. a PagerDuty incident with no priority and an unmapped urgency). */
  defaultSeverity: severity.default(3),
  /**
   * An incident is linked to the latest production deployment of the same team that finished at most
   * this many hours before it opened (0: never link). Teams only: an unmapped incident is not linked.
   */
  incidentLinkHours: z
    .number()
    .min(0, 'must be 0 or more')
    .max(24 * 14, 'must be at most 336 (two weeks)')
    .default(24),
})
export type ConnectionRules = z.output<typeof connectionRulesSchema>

export const DEFAULT_RULES: ConnectionRules = connectionRulesSchema.parse({})

/** Rules as JSON values (the rules form, the command line), checked; a rule left out takes its default. */
export function parseConnectionRules(input: unknown) {
  return connectionRulesSchema.safeParse(input)
}

/** The stored rules, read leniently: a row that no longer parses falls back to the defaults. */
export function readRules(json: string): ConnectionRules {
  try {
    const parsed = connectionRulesSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : DEFAULT_RULES
  } catch {
    return DEFAULT_RULES
  }
}

/** The severity a label names under the rules ("P1", "high", "severity::2", GitLab's "CRITICAL"). */
export function severityOf(rules: ConnectionRules, ...labels: (string | null | undefined)[]): number {
  for (const label of labels) {
    if (!label) continue
    const key = label.trim().toLowerCase()
    const direct = rules.severities[key]
    if (direct !== undefined) return direct
    const scoped = /^severity::\s*([1-4])$/.exec(key)
    if (scoped) return Number(scoped[1])
  }
  return rules.defaultSeverity
}
