import type { CategoryKey } from './categories'
import { UNITS, type Unit } from './units'
import { ATTRITION, CHANGE_FAILURE_RATE, ENPS, REGRETTED_ATTRITION, type Derivation } from './derivations'

/**
 * ↑ higher is better, ↓ lower is better, ◎ closest to its target is best (a share of a mix), or context
 * only (shown, never scored).
 */
export type Direction = 'up' | 'down' | 'target' | 'none'

/** The four DORA measures that published benchmark levels judge (lib/metrics/benchmarks.ts). */
export type DoraMeasure = 'deployment_frequency' | 'lead_time' | 'change_failure_rate' | 'recovery_time'

/**
 * How a figure is compared with its target when no benchmark judges it (see scoring.ts):
 * - ratio: how many times better or worse than the target;
 * - count: the same, with one added to both sides so that a target of 0 incidents works;
 * - shortfall: a percentage judged by its gap to 100% (2% failing is twice as bad as 1%);
 * - points: a score on a fixed scale (eNPS), judged by the points between figure and target;
 * - budget: uptime, judged by the downtime used over the downtime the target allows (error budget);
 * - mix: a share of the investment mix, judged by its distance from its target share (investment-mix.ts).
 */
export type TargetScale = 'ratio' | 'count' | 'shortfall' | 'points' | 'budget' | 'mix'

/**
 * How teams' figures of a metric combine into an organisation figure:
 * - sum: counts add up (releases, incidents, headcount);
 * - weighted-mean: a rate or percentage, each team weighted by its n (deployments, headcount, …);
 *   a team figure without n, or with n = 0, is left out, because nothing says how much it weighs;
 * - none: medians, means of durations, uptime, eNPS, per-day rates and money are not combined
 *   (a median of medians is not the median), and organisation-only figures have no team version.
 */
export type RollupRule = 'sum' | 'weighted-mean' | 'none'

export interface MetricDef {
  /** Stable identifier: stored in the database, the API and exports. Never rename. */
  key: string
  /** What people read; may be reworded freely. Also the entry field's accessible label. */
  label: string
  category: CategoryKey
  unit: Unit
  direction: Direction
  definition: string
  /** How the number is computed, stated next to every figure. */
  formula: string
  /** Where the definition (and benchmark, if any) comes from. */
  source: string
  /** House default target; admins override it per scope and quarter. Null: no sensible default. */
  defaultTarget: number | null
  targetScale: TargetScale
  /** Set when a DORA benchmark level judges the figure instead of its target. */
  dora?: DoraMeasure
  /** Set when the form takes counts and derives the rate. */
  derivation?: Derivation
  /** How the teams' figures combine into the organisation's when it has none of its own (team-rollup.ts). */
  rollup: RollupRule
  /** Upper limit of a value where the unit's own (100 for a percentage) does not fit, e.g. an annualised rate. */
  max?: number
}

/** The one upper limit a value of this metric obeys, typed, imported or derived; undefined: none. */
export function valueMax(metric: MetricDef): number | undefined {
  return metric.max ?? UNITS[metric.unit].max
}

// An annualised quarterly rate: the whole average headcount leaving in one quarter is 100% × 4.
const ANNUALISED_MAX = 400

// Metrics this scorecard defines itself: their reference is docs/metrics.md and the Metrics page.
const METRICS_MD = 'House definition (CTO Scorecard metric reference)'
const DORA = 'DORA State of DevOps reports; formula as in Four Keys'

const ENTRIES = [
  // Product delivery
  {
    key: 'releases',
    label: 'Releases shipped',
    category: 'delivery',
    unit: 'count',
    direction: 'up',
    definition: 'Customer-facing releases in the quarter.',
    formula: 'count of customer-facing releases',
    source: METRICS_MD,
    defaultTarget: 12,
    targetScale: 'count',
    rollup: 'sum',
  },
  {
    key: 'release_success_rate',
    label: 'Release success rate',
    category: 'delivery',
    unit: 'percent',
    direction: 'up',
    definition: 'Share of releases that needed no rollback or hotfix.',
    formula: 'releases needing no rollback or hotfix ÷ releases × 100',
    source: METRICS_MD,
    defaultTarget: 95,
    targetScale: 'shortfall',
    rollup: 'weighted-mean',
  },
  {
    key: 'time_to_market_days',
    label: 'Time to market',
    category: 'delivery',
    unit: 'days',
    direction: 'down',
    definition: "Median days from a feature's approval to general availability.",
    formula: 'median over features of (GA date − approval date), in days',
    source: METRICS_MD,
    defaultTarget: 30,
    targetScale: 'ratio',
    rollup: 'none',
  },
  {
    key: 'roadmap_delivery_rate',
    label: 'Roadmap commitments delivered',
    category: 'delivery',
    unit: 'percent',
    direction: 'up',
    definition: 'Commitments made at quarter start that were delivered by quarter end.',
    formula: 'commitments delivered by quarter end ÷ commitments made at quarter start × 100',
    source: METRICS_MD,
    defaultTarget: 80,
    targetScale: 'shortfall',
    rollup: 'weighted-mean',
  },

  // System reliability
  {
    key: 'availability',
    label: 'Uptime',
    category: 'reliability',
    unit: 'percent',
    direction: 'up',
    definition: 'Share of the quarter the tier-1 service(s) were up.',
    formula: '(period − downtime) ÷ period × 100, for the tier-1 service(s)',
    source: `${METRICS_MD}; error budget = 100% − SLO`,
    defaultTarget: 99.9,
    targetScale: 'budget',
    rollup: 'none',
  },
  {
    key: 'major_incidents',
    label: 'Major incidents',
    category: 'reliability',
    unit: 'count',
    direction: 'down',
    definition: 'Incidents of severity 1 or 2.',
    formula: 'count of incidents with severity 1 or 2 opened in the quarter',
    source: METRICS_MD,
    defaultTarget: 2,
    targetScale: 'count',
    rollup: 'sum',
  },
  {
    key: 'mtta_minutes',
    label: 'Mean time to acknowledge',
    category: 'reliability',
    unit: 'minutes',
    direction: 'down',
    definition: 'Mean time from an incident opening to its acknowledgement.',
    formula: 'mean over incidents of (acknowledged − opened), in minutes',
    source: METRICS_MD,
    defaultTarget: 15,
    targetScale: 'ratio',
    rollup: 'none',
  },
  {
    key: 'mttr_hours',
    label: 'Mean time to recovery',
    category: 'reliability',
    unit: 'hours',
    direction: 'down',
    definition: 'Mean time from an incident opening to its resolution.',
    formula: 'mean over incidents of (resolved − opened), in hours',
    source: METRICS_MD,
    defaultTarget: 4,
    targetScale: 'ratio',
    rollup: 'none',
  },

  // Engineering velocity (DORA)
  {
    key: 'deployment_frequency',
    label: 'Deployment frequency',
    category: 'velocity',
    unit: 'per_day',
    direction: 'up',
    definition: 'Production deployments per day.',
    formula: 'production deployments ÷ days in the quarter',
    source: DORA,
    defaultTarget: 1,
    targetScale: 'ratio',
    rollup: 'none',
    dora: 'deployment_frequency',
  },
  {
    key: 'lead_time_hours',
    label: 'Lead time for changes',
    category: 'velocity',
    unit: 'hours',
    direction: 'down',
    definition: 'Median time from a change being committed to it running in production.',
    formula: 'median over changes deployed of (deployed − committed), in hours',
    source: DORA,
    defaultTarget: 24,
    targetScale: 'ratio',
    rollup: 'none',
    dora: 'lead_time',
  },
  {
    key: 'change_failure_rate',
    label: 'Change failure rate',
    category: 'velocity',
    unit: 'percent',
    direction: 'down',
    definition: 'Share of deployments that needed immediate remediation (rollback, hotfix, fix forward).',
    formula: CHANGE_FAILURE_RATE.formula,
    source: DORA,
    defaultTarget: 10,
    targetScale: 'ratio',
    rollup: 'weighted-mean',
    dora: 'change_failure_rate',
    derivation: CHANGE_FAILURE_RATE,
  },
  {
    key: 'recovery_time_hours',
    label: 'Failed deployment recovery time',
    category: 'velocity',
    unit: 'hours',
    direction: 'down',
    definition: 'Median time from a failed deployment to restored service.',
    formula: 'median over failed deployments of (restored − failed), in hours',
    source: DORA,
    defaultTarget: 24,
    targetScale: 'ratio',
    rollup: 'none',
    dora: 'recovery_time',
  },
  {
    key: 'rework_rate',
    label: 'Deployment rework rate',
    category: 'velocity',
    unit: 'percent',
    direction: 'down',
    definition: 'Share of deployments that were unplanned fixes for a user-facing bug.',
    formula: 'unplanned deployments fixing a user-facing bug ÷ deployments × 100',
    source: 'DORA 2024–2025 reports',
    defaultTarget: 10,
    targetScale: 'ratio',
    rollup: 'weighted-mean',
  },

  // Security posture
  {
    key: 'security_incidents_critical',
    label: 'Security incidents: critical',
    category: 'security',
    unit: 'count',
    direction: 'down',
    definition: 'Security incidents of critical severity.',
    formula: 'count in the quarter',
    source: `${METRICS_MD}; severity-index weight 10 (house default)`,
    defaultTarget: 0,
    targetScale: 'count',
    rollup: 'sum',
  },
  {
    key: 'security_incidents_high',
    label: 'Security incidents: high',
    category: 'security',
    unit: 'count',
    direction: 'down',
    definition: 'Security incidents of high severity.',
    formula: 'count in the quarter',
    source: `${METRICS_MD}; severity-index weight 5 (house default)`,
    defaultTarget: 1,
    targetScale: 'count',
    rollup: 'sum',
  },
  {
    key: 'security_incidents_medium',
    label: 'Security incidents: medium',
    category: 'security',
    unit: 'count',
    direction: 'down',
    definition: 'Security incidents of medium severity.',
    formula: 'count in the quarter',
    source: `${METRICS_MD}; severity-index weight 2 (house default)`,
    defaultTarget: 4,
    targetScale: 'count',
    rollup: 'sum',
  },
  {
    key: 'security_incidents_low',
    label: 'Security incidents: low',
    category: 'security',
    unit: 'count',
    direction: 'down',
    definition: 'Security incidents of low severity.',
    formula: 'count in the quarter',
    source: `${METRICS_MD}; severity-index weight 1 (house default)`,
    defaultTarget: 10,
    targetScale: 'count',
    rollup: 'sum',
  },
  {
    key: 'vuln_remediation_days',
    label: 'Critical vulnerability remediation time',
    category: 'security',
    unit: 'days',
    direction: 'down',
    definition: 'Mean days from disclosure to fix for critical vulnerabilities.',
    formula: 'mean over critical vulnerabilities fixed of (fixed − disclosed), in days',
    source: `${METRICS_MD}; default target 15 days as in CISA BOD 19-02`,
    defaultTarget: 15,
    targetScale: 'ratio',
    rollup: 'none',
  },
  {
    key: 'audit_findings_open',
    label: 'Open audit findings',
    category: 'security',
    unit: 'count',
    direction: 'down',
    definition: 'Audit findings still open at quarter end.',
    formula: 'count open at quarter end',
    source: METRICS_MD,
    defaultTarget: 0,
    targetScale: 'count',
    rollup: 'sum',
  },
  {
    key: 'compliance_controls_passing',
    label: 'Compliance controls passing',
    category: 'security',
    unit: 'percent',
    direction: 'up',
    definition: 'Controls passing among the controls in scope (SOC 2, ISO 27001, …).',
    formula: 'controls passing ÷ controls in scope × 100',
    source: METRICS_MD,
    defaultTarget: 95,
    targetScale: 'shortfall',
    rollup: 'weighted-mean',
  },

  // Talent retention
  {
    key: 'attrition_rate',
    label: 'Engineering attrition (annualized)',
    category: 'talent',
    unit: 'percent',
    direction: 'down',
    definition: 'Engineers who left, as an annual rate of the average headcount.',
    formula: ATTRITION.formula,
    source: METRICS_MD,
    defaultTarget: 12,
    targetScale: 'ratio',
    rollup: 'weighted-mean',
    derivation: ATTRITION,
    max: ANNUALISED_MAX,
  },
  {
    key: 'regretted_attrition_rate',
    label: 'Regretted attrition (annualized)',
    category: 'talent',
    unit: 'percent',
    direction: 'down',
    definition: 'Engineers the company wanted to keep who left, as an annual rate.',
    formula: REGRETTED_ATTRITION.formula,
    source: METRICS_MD,
    defaultTarget: 5,
    targetScale: 'ratio',
    rollup: 'weighted-mean',
    derivation: REGRETTED_ATTRITION,
    max: ANNUALISED_MAX,
  },
  {
    key: 'enps',
    label: 'Employee NPS',
    category: 'talent',
    unit: 'score',
    direction: 'up',
    definition: 'Employee net promoter score of engineering (from −100 to 100).',
    formula: ENPS.formula,
    source: `${METRICS_MD}; above +30 is commonly called good, above +50 excellent (vendor convention)`,
    defaultTarget: 30,
    targetScale: 'points',
    rollup: 'none',
    derivation: ENPS,
  },
  {
    key: 'offer_acceptance_rate',
    label: 'Offer acceptance rate',
    category: 'talent',
    unit: 'percent',
    direction: 'up',
    definition: 'Offers accepted among offers extended.',
    formula: 'offers accepted ÷ offers extended × 100',
    source: METRICS_MD,
    defaultTarget: 85,
    targetScale: 'shortfall',
    rollup: 'weighted-mean',
  },
  {
    key: 'time_to_hire_days',
    label: 'Time to hire',
    category: 'talent',
    unit: 'days',
    direction: 'down',
    definition: 'Median days from a requisition opening to an offer accepted.',
    formula: 'median over hires of (offer accepted − requisition opened), in days',
    source: METRICS_MD,
    defaultTarget: 45,
    targetScale: 'ratio',
    rollup: 'none',
  },
  {
    key: 'headcount',
    label: 'Engineering headcount',
    category: 'talent',
    unit: 'count',
    direction: 'none',
    definition: 'Engineering headcount at quarter end (context only, never scored).',
    formula: 'people at quarter end',
    source: METRICS_MD,
    defaultTarget: null,
    targetScale: 'count',
    rollup: 'sum',
  },

  // Business impact
  {
    key: 'tech_revenue',
    label: 'Revenue from technology initiatives',
    category: 'business',
    unit: 'currency',
    direction: 'up',
    definition: 'Revenue attributed to technology-driven initiatives.',
    formula: 'sum of revenue attributed to technology-driven initiatives',
    source: METRICS_MD,
    defaultTarget: null,
    targetScale: 'ratio',
    rollup: 'none',
  },
  {
    key: 'automation_savings',
    label: 'Cost savings from automation',
    category: 'business',
    unit: 'currency',
    direction: 'up',
    definition: 'Costs avoided through automation.',
    formula: 'e.g. hours saved × loaded hourly cost',
    source: METRICS_MD,
    defaultTarget: null,
    targetScale: 'ratio',
    rollup: 'none',
  },
  {
    key: 'partnerships_enabled',
    label: 'Strategic partnerships enabled',
    category: 'business',
    unit: 'count',
    direction: 'up',
    definition: 'Partnerships that technical capability made possible.',
    formula: 'count of partnerships signed in the quarter',
    source: METRICS_MD,
    defaultTarget: 1,
    targetScale: 'count',
    rollup: 'sum',
  },
  // The investment mix: three shares that add up to 100 (investment-mix.ts), each scored by its distance
  // from its target share, because more of one share is always less of another.
  {
    key: 'investment_new_value_pct',
    label: 'Time on new capabilities',
    category: 'business',
    unit: 'percent',
    direction: 'target',
    definition: 'Share of engineering time spent on new capabilities and enhancements.',
    formula: 'engineering time on new capabilities ÷ all engineering time × 100; the three shares add up to 100 (± 1)',
    source: METRICS_MD,
    defaultTarget: 60,
    targetScale: 'mix',
    // A mix is the organisation's own split of time: team shares carry no n to weigh them by.
    rollup: 'none',
  },
  {
    key: 'investment_ktlo_pct',
    label: 'Time keeping the lights on',
    category: 'business',
    unit: 'percent',
    direction: 'target',
    definition: 'Share of engineering time spent keeping the lights on: maintenance, support and operations.',
    formula: 'engineering time on maintenance, support and operations ÷ all engineering time × 100; the three shares add up to 100 (± 1)',
    source: METRICS_MD,
    defaultTarget: 25,
    targetScale: 'mix',
    // A mix is the organisation's own split of time: team shares carry no n to weigh them by.
    rollup: 'none',
  },
  {
    key: 'investment_tech_debt_pct',
    label: 'Time on technical debt',
    category: 'business',
    unit: 'percent',
    direction: 'target',
    definition: 'Share of engineering time spent paying down technical debt.',
    formula: 'engineering time on technical debt reduction ÷ all engineering time × 100; the three shares add up to 100 (± 1)',
    source: METRICS_MD,
    defaultTarget: 15,
    targetScale: 'mix',
    // A mix is the organisation's own split of time: team shares carry no n to weigh them by.
    rollup: 'none',
  },
] as const satisfies readonly MetricDef[]

export type MetricKey = (typeof ENTRIES)[number]['key']

/** Every metric, in display order. */
export const CATALOGUE: readonly MetricDef[] = ENTRIES

const BY_KEY = new Map<string, MetricDef>(CATALOGUE.map((m) => [m.key, m]))

export const METRIC_KEYS: readonly MetricKey[] = ENTRIES.map((m) => m.key)

export function isMetricKey(value: string): value is MetricKey {
  return BY_KEY.has(value)
}

export function getMetric(key: string): MetricDef {
  const metric = BY_KEY.get(key)
  if (!metric) throw new Error(`Unknown metric: ${key}`)
  return metric
}

export function metricsInCategory(category: CategoryKey): MetricDef[] {
  return CATALOGUE.filter((m) => m.category === category)
}

/** A metric is scored unless it is context only. */
export function isScored(metric: MetricDef): boolean {
  return metric.direction !== 'none'
}
