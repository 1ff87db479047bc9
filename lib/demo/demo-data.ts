import { CATALOGUE, type MetricDef } from '@/lib/metrics/catalogue'
import { daysInQuarter, quartersEnding } from '@/lib/metrics/quarters'

/**
 * Demo data: eight quarters for the organisation and three teams, deterministic (a seeded PRNG) so
 * screenshots and tests see the same numbers. Each scope gets its own trend per metric (improving,
 * slipping or flat), so every status and trend direction appears somewhere.
 */

export interface DemoTeam {
  slug: string
  name: string
}

export const DEMO_TEAMS: readonly DemoTeam[] = [
  { slug: 'platform', name: 'Platform' },
  { slug: 'payments', name: 'Payments' },
  { slug: 'mobile', name: 'Mobile' },
]

export interface DemoFigure {
  scopeSlug: string
  quarter: string
  metricKey: string
  value: number
  n: number | null
  inputs: Record<string, number> | null
}

export interface DemoTarget {
  scopeSlug: string
  quarter: string
  metricKey: string
  value: number
}

/** Mulberry32: a tiny, well-known seeded generator; good enough for plausible noise. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Typical first-quarter value and the change per quarter when a scope is improving. */
const PROFILE: Record<string, { start: number; step: number }> = {
  releases: { start: 9, step: 0.6 },
  release_success_rate: { start: 91, step: 0.6 },
  time_to_market_days: { start: 48, step: -2.5 },
  roadmap_delivery_rate: { start: 68, step: 1.8 },
  availability: { start: 99.82, step: 0.012 },
  major_incidents: { start: 5, step: -0.4 },
  mtta_minutes: { start: 24, step: -1.4 },
  mttr_hours: { start: 7, step: -0.45 },
  deployment_frequency: { start: 0.35, step: 0.09 },
  lead_time_hours: { start: 120, step: -11 },
  change_failure_rate: { start: 17, step: -1.1 },
  recovery_time_hours: { start: 30, step: -2.9 },
  rework_rate: { start: 14, step: -0.8 },
  security_incidents_critical: { start: 1, step: -0.1 },
  security_incidents_high: { start: 3, step: -0.25 },
  security_incidents_medium: { start: 7, step: -0.4 },
  security_incidents_low: { start: 14, step: -0.6 },
  vuln_remediation_days: { start: 26, step: -1.6 },
  audit_findings_open: { start: 6, step: -0.5 },
  compliance_controls_passing: { start: 88, step: 1.1 },
  enps: { start: 12, step: 2.6 },
  offer_acceptance_rate: { start: 74, step: 1.5 },
  time_to_hire_days: { start: 58, step: -1.8 },
  tech_revenue: { start: 1_400_000, step: 110_000 },
  automation_savings: { start: 210_000, step: 18_000 },
  partnerships_enabled: { start: 1, step: 0.2 },
}

/** Per scope: the multiplier on the improving step (negative = slipping) and a size factor. */
const SCOPES = [
  { slug: 'org', trend: 1, size: 1, headcount: 180 },
  { slug: 'platform', trend: 1.6, size: 0.35, headcount: 55 },
  { slug: 'payments', trend: -0.9, size: 0.3, headcount: 48 },
  { slug: 'mobile', trend: 0.1, size: 0.25, headcount: 40 },
]

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

function clampToUnit(metric: MetricDef, value: number): number {
  if (metric.unit === 'percent') return Math.min(metric.key === 'availability' ? 99.999 : 100, Math.max(0, value))
  if (metric.unit === 'count') return Math.max(0, Math.round(value))
  return Math.max(0, value)
}

function sizeScaled(key: string): boolean {
  return [
    'releases',
    'tech_revenue',
    'automation_savings',
    'major_incidents',
    'security_incidents_low',
    'security_incidents_medium',
  ].includes(key)
}

function talentFigures(scope: (typeof SCOPES)[number], quarter: string, i: number, rand: () => number): DemoFigure[] {
  const start = Math.round(scope.headcount * (1 + 0.03 * i * Math.sign(scope.trend + 0.5)))
  const end = Math.round(start * (1 + (rand() - 0.3) * 0.06))
  const leavers = Math.max(0, Math.round(start * (0.05 - 0.004 * i * scope.trend) + (rand() - 0.5) * 2))
  const regretted = Math.min(leavers, Math.round(leavers * (0.3 + rand() * 0.2)))
  const average = (start + end) / 2
  const responses = Math.round(end * 0.8)
  const enps = PROFILE.enps.start + PROFILE.enps.step * i * scope.trend + (rand() - 0.5) * 6
  const promoters = Math.round((responses * (45 + enps / 2)) / 100)
  const detractors = Math.max(0, Math.round(promoters - (enps / 100) * responses))
  const passives = Math.max(0, responses - promoters - detractors)
  const total = promoters + passives + detractors
  const base = { scopeSlug: scope.slug, quarter }
  return [
    { ...base, metricKey: 'headcount', value: end, n: null, inputs: null },
    {
      ...base,
      metricKey: 'attrition_rate',
      value: (leavers / average) * 400,
      n: Math.round(average),
      inputs: { leavers, headcountStart: start, headcountEnd: end },
    },
    {
      ...base,
      metricKey: 'regretted_attrition_rate',
      value: (regretted / average) * 400,
      n: Math.round(average),
      inputs: { regrettedLeavers: regretted, headcountStart: start, headcountEnd: end },
    },
    { ...base, metricKey: 'enps', value: ((promoters - detractors) / total) * 100, n: total, inputs: { promoters, passives, detractors } },
  ]
}

/**
 * The investment mix: shares of engineering time that add up to exactly 100, the last share being
 * what the other two leave. An improving scope moves time from keeping the lights on to new work,
 * toward the catalogue's default target mix; a slipping one drifts the other way.
 */
function mixFigures(scope: (typeof SCOPES)[number], quarter: string, i: number, rand: () => number): DemoFigure[] {
  const newValue = round(Math.min(70, Math.max(35, 50 + 1.2 * i * scope.trend + (rand() - 0.5) * 4)), 1)
  const ktlo = round(Math.min(45, Math.max(15, 33 - 0.9 * i * scope.trend + (rand() - 0.5) * 4)), 1)
  const base = { scopeSlug: scope.slug, quarter, n: null, inputs: null }
  return [
    { ...base, metricKey: 'investment_new_value_pct', value: newValue },
    { ...base, metricKey: 'investment_ktlo_pct', value: ktlo },
    { ...base, metricKey: 'investment_tech_debt_pct', value: round(100 - newValue - ktlo, 1) },
  ]
}

/**
 * A scope's deployments in a quarter: one count from which both its deployment frequency and the n
 * of its change failure rate are taken, so the two always agree (a slipping team deploys less, but
 * never "0 a day" beside a failure rate over its deployments).
 */
function deploymentsIn(scope: (typeof SCOPES)[number], quarter: string, i: number, rand: () => number): number {
  const { start, step } = PROFILE.deployment_frequency
  const perDay = Math.max(0.08, start + step * i * scope.trend) * (1 + (rand() - 0.5) * 0.12)
  return Math.max(6, Math.round(daysInQuarter(quarter) * perDay))
}

/** Demo figures and targets for the eight quarters ending with `lastQuarter`. */
export function generateDemoData(lastQuarter: string): { figures: DemoFigure[]; targets: DemoTarget[]; quarters: string[] } {
  const quarters = quartersEnding(lastQuarter, 8)
  const figures: DemoFigure[] = []
  const targets: DemoTarget[] = []
  SCOPES.forEach((scope, s) => {
    const rand = prng(20261128 + s * 7919)
    quarters.forEach((quarter, i) => {
      figures.push(...talentFigures(scope, quarter, i, rand))
      figures.push(...mixFigures(scope, quarter, i, rand))
      const deployments = deploymentsIn(scope, quarter, i, rand)
      for (const metric of CATALOGUE) {
        const profile = PROFILE[metric.key]
        if (!profile || (metric.derivation && metric.key !== 'change_failure_rate')) continue
        const scale = sizeScaled(metric.key) ? scope.size : 1
        // Uptime lives in its last decimals: ±6% noise would mean days of downtime.
        const noise = 1 + (rand() - 0.5) * (metric.key === 'availability' ? 0.0006 : 0.12)
        let value = clampToUnit(metric, (profile.start + profile.step * i * scope.trend) * scale * noise)
        // The last quarter of the slipping team leaves one figure blank, to show partial coverage.
        if (scope.slug === 'payments' && i === quarters.length - 1 && metric.key === 'time_to_market_days') continue
        let n: number | null = null
        let inputs: Record<string, number> | null = null
        if (metric.key === 'deployment_frequency') {
          value = deployments / daysInQuarter(quarter)
          n = deployments
        }
        if (metric.key === 'change_failure_rate') {
          const failed = Math.min(deployments, Math.round((deployments * value) / 100))
          value = (failed / deployments) * 100
          n = deployments
          inputs = { failedDeployments: failed, deployments }
        }
        // A rate derived from counts is stored exactly as the derivation computes it, unrounded.
        // A rate over the deployments is stored unrounded too, so frequency × days gives back the count.
        const exact = inputs !== null || metric.key === 'deployment_frequency'
        figures.push({
          scopeSlug: scope.slug,
          quarter,
          metricKey: metric.key,
          value: exact ? value : round(value, metric.unit === 'percent' ? 3 : 2),
          n,
          inputs,
        })
      }
    })
    const first = quarters[0]
    targets.push(
      { scopeSlug: scope.slug, quarter: first, metricKey: 'tech_revenue', value: Math.round(1_800_000 * scope.size) },
      { scopeSlug: scope.slug, quarter: first, metricKey: 'automation_savings', value: Math.round(250_000 * scope.size) },
    )
  })
  // A target raised half-way shows that targets carry over until changed.
  targets.push({ scopeSlug: 'org', quarter: quarters[4], metricKey: 'deployment_frequency', value: 2 })
  return { figures, targets, quarters }
}

export const DEMO_COMMENTARY: Record<string, string> = {
  delivery:
    'Release cadence rose after the move to trunk-based development. Two roadmap items slipped to next quarter because of the payments re-platforming.',
  reliability: 'One major incident (database failover) drove most downtime. Automated failover drills now run monthly.',
  velocity: 'Lead time fell as the monorepo build cache landed. Change failure rate is trending down with progressive delivery.',
  security: 'SOC 2 Type II controls are passing except vendor review. One high-severity incident, contained within SLA.',
  talent: 'Attrition is below target. Two senior hires accepted; eNPS improved after the career-ladder rollout.',
  business: 'Automation of the billing reconciliation saved an estimated 3,100 hours this quarter.',
}
