/**
 * DORA and reliability figures computed from raw events (the Four Keys method, as published in its queries).
 * Pure functions over plain arrays: they are the reference that the SQL in
 * lib/db/queries/event-figures.ts must agree with (a property test checks that it does).
 *
 * Which events count in a quarter [start, end) — half-open, in the organisation's time zone:
 * - deployment_frequency: deployments with deployedAt in the quarter ÷ days in the quarter (the days
 *   elapsed, today included, while the quarter is in progress: `window.days`); n = deployments.
 *   A quarter without deployments is a measured 0 (n = 0) once the scope has sent its first deployment
 *   (before the quarter ends); before that, no value: a team that does not send deployments has no
 *   frequency, not a frequency of 0, and neither do the quarters before it started sending them.
 * - lead_time_hours: median over changes of (deployedAt − committedAt) of each change's FIRST deployment,
 *   counted in the quarter of that deployment; values ≤ 0 are ignored; n = changes counted.
 * - change_failure_rate: deployments in the quarter that are marked failed, or that any incident (opened
 *   at any time) names as its cause, ÷ deployments × 100; n = deployments; no value without deployments.
 * - recovery_time_hours: median of (resolvedAt − openedAt) over incidents that name a causing deployment
 *   and were resolved in the quarter; n = incidents counted.
 * - rework_rate: unplanned deployments ÷ deployments × 100; n = deployments.
 * - major_incidents: incidents of severity 1–2 opened in the quarter; n = incidents opened in the quarter.
 *   Like frequency, a measured 0 once the scope has reported its first incident, no value before.
 * - mtta_minutes: mean of (acknowledgedAt − openedAt) over acknowledged incidents opened in the quarter.
 * - mttr_hours: mean of (resolvedAt − openedAt) over incidents resolved in the quarter.
 * Incident durations below 0 (clocks out of order) are ignored; 0 is kept (an incident resolved as it
 * opened is real). Values are kept at full precision; rounding happens only on display.
 */

export type EventMetricKey =
  | 'deployment_frequency'
  | 'lead_time_hours'
  | 'change_failure_rate'
  | 'recovery_time_hours'
  | 'rework_rate'
  | 'major_incidents'
  | 'mtta_minutes'
  | 'mttr_hours'

/** The eight figures computed from events, in catalogue order. */
export const EVENT_METRIC_KEYS: readonly EventMetricKey[] = [
  'major_incidents',
  'mtta_minutes',
  'mttr_hours',
  'deployment_frequency',
  'lead_time_hours',
  'change_failure_rate',
  'recovery_time_hours',
  'rework_rate',
]

/**
 * The formula of each figure as computed from events, stated beside every figure computed this way
 * (the catalogue's formula says what the figure means; this says exactly which events counted).
 */
export const EVENT_FORMULAS: Readonly<Record<EventMetricKey, string>> = {
  major_incidents: 'incidents of severity 1–2 opened in the quarter; n = incidents opened',
  mtta_minutes: 'mean of (acknowledged − opened) over incidents opened in the quarter and acknowledged, in minutes',
  mttr_hours: 'mean of (resolved − opened) over incidents resolved in the quarter, in hours',
  deployment_frequency: 'deployments in the quarter ÷ days in the quarter (days elapsed while it is in progress); n = deployments',
  lead_time_hours:
    'median of (deployed − committed) over changes first deployed in the quarter, in hours; each change counts at its first deployment, values ≤ 0 ignored',
  change_failure_rate: 'deployments marked failed or named as the cause of an incident ÷ deployments × 100; n = deployments',
  recovery_time_hours: 'median of (resolved − opened) over incidents caused by a deployment and resolved in the quarter, in hours',
  rework_rate: 'unplanned deployments ÷ deployments × 100; n = deployments',
}

export function isEventMetricKey(key: string): key is EventMetricKey {
  return Object.hasOwn(EVENT_FORMULAS, key)
}

/** A computed figure: null value means no data (never 0); n is the number of events it was taken over. */
export interface EventFigure {
  metricKey: EventMetricKey
  value: number | null
  n: number
}

export interface DeploymentEvent {
  externalId: string
  deployedAt: Date
  teamId: string | null
  failed: boolean
  unplanned: boolean
}

/** One (deployment, commit) pair: a change that a deployment shipped. */
export interface ChangeEvent {
  sha: string
  deploymentExternalId: string
  committedAt: Date
}

export interface IncidentEvent {
  externalId: string
  openedAt: Date
  acknowledgedAt: Date | null
  resolvedAt: Date | null
  severity: number
  teamId: string | null
  causedBy: string | null
}

export interface QuarterWindow {
  start: Date
  end: Date
  /** The days a per-day rate divides by: the whole quarter, or the days elapsed while it is in progress. */
  days: number
}

const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000

/** An event of a team counts for that team and for the organisation; one without a team for the organisation only. */
export function inScope(teamId: string | null, scope: string): boolean {
  return scope === 'org' || teamId === scope
}

function inWindow(at: Date | null, window: QuarterWindow): at is Date {
  return at !== null && at.getTime() >= window.start.getTime() && at.getTime() < window.end.getTime()
}

/** Median; of an even count, the mean of the two middle values. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * Arithmetic mean; null for no values. Durations are whole milliseconds, so their sum is exact
 * (below 2^53) in any order, and the SQL, which sums whole milliseconds too, gives the same double.
 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}

/**
 * Each change's lead time at its first deployment, in milliseconds, for changes first deployed in
 * the window and scope. Later deployments of the same sha (a redeploy, a cherry-pick) never count.
 */
export function leadTimesMs(
  deployments: readonly DeploymentEvent[],
  changes: readonly ChangeEvent[],
  scope: string,
  window: QuarterWindow,
): number[] {
  const byId = new Map(deployments.map((d) => [d.externalId, d]))
  const first = new Map<string, { deployment: DeploymentEvent; committedAt: Date }>()
  for (const change of changes) {
    const deployment = byId.get(change.deploymentExternalId)
    if (!deployment) continue
    const seen = first.get(change.sha)
    if (!seen || deployment.deployedAt.getTime() < seen.deployment.deployedAt.getTime()) {
      first.set(change.sha, { deployment, committedAt: change.committedAt })
    }
  }
  const result: number[] = []
  for (const { deployment, committedAt } of first.values()) {
    if (!inScope(deployment.teamId, scope) || !inWindow(deployment.deployedAt, window)) continue
    const ms = deployment.deployedAt.getTime() - committedAt.getTime()
    if (ms > 0) result.push(ms)
  }
  return result
}

function durationsMs(incidents: readonly IncidentEvent[], to: (i: IncidentEvent) => Date | null): number[] {
  const result: number[] = []
  for (const incident of incidents) {
    const end = to(incident)
    if (end === null) continue
    const ms = end.getTime() - incident.openedAt.getTime()
    if (ms >= 0) result.push(ms)
  }
  return result
}

function rate(count: number, total: number): number | null {
  return total === 0 ? null : (count / total) * 100
}

function divideMs(ms: number | null, unitMs: number): number | null {
  return ms === null ? null : ms / unitMs
}

export interface EventSet {
  deployments: readonly DeploymentEvent[]
  changes: readonly ChangeEvent[]
  incidents: readonly IncidentEvent[]
}

/** The eight figures of one scope and quarter, by the rules in this file's header. */
export function computeEventFigures(events: EventSet, scope: string, window: QuarterWindow): EventFigure[] {
  const scopedDeployments = events.deployments.filter((d) => inScope(d.teamId, scope))
  const scopedIncidents = events.incidents.filter((i) => inScope(i.teamId, scope))
  // Reporting has begun when the scope's first event of the kind came before the quarter's end.
  const deploying = scopedDeployments.some((d) => d.deployedAt.getTime() < window.end.getTime())
  const reportingIncidents = scopedIncidents.some((i) => i.openedAt.getTime() < window.end.getTime())
  const deployments = scopedDeployments.filter((d) => inWindow(d.deployedAt, window))
  const causes = new Set(events.incidents.map((i) => i.causedBy).filter((c): c is string => c !== null))
  const failed = deployments.filter((d) => d.failed || causes.has(d.externalId)).length
  const unplanned = deployments.filter((d) => d.unplanned).length
  const opened = scopedIncidents.filter((i) => inWindow(i.openedAt, window))
  const resolved = scopedIncidents.filter((i) => inWindow(i.resolvedAt, window))
  const leadTimes = leadTimesMs(events.deployments, events.changes, scope, window)
  const recoveries = durationsMs(
    resolved.filter((i) => i.causedBy !== null),
    (i) => i.resolvedAt,
  )
  const acks = durationsMs(opened, (i) => i.acknowledgedAt)
  const repairs = durationsMs(resolved, (i) => i.resolvedAt)
  const major = opened.filter((i) => i.severity <= 2).length

  const figures: Record<EventMetricKey, Omit<EventFigure, 'metricKey'>> = {
    major_incidents: { value: reportingIncidents ? major : null, n: opened.length },
    mtta_minutes: { value: divideMs(mean(acks), MINUTE_MS), n: acks.length },
    mttr_hours: { value: divideMs(mean(repairs), HOUR_MS), n: repairs.length },
    deployment_frequency: { value: deploying ? deployments.length / window.days : null, n: deployments.length },
    lead_time_hours: { value: divideMs(median(leadTimes), HOUR_MS), n: leadTimes.length },
    change_failure_rate: { value: rate(failed, deployments.length), n: deployments.length },
    recovery_time_hours: { value: divideMs(median(recoveries), HOUR_MS), n: recoveries.length },
    rework_rate: { value: rate(unplanned, deployments.length), n: deployments.length },
  }
  return EVENT_METRIC_KEYS.map((metricKey) => ({ metricKey, ...figures[metricKey] }))
}
