import type { MetricDef } from './catalogue'

/** The four security incident counts the severity index weighs, by the severity each counts. */
export const SEVERITY_METRICS = {
  critical: 'security_incidents_critical',
  high: 'security_incidents_high',
  medium: 'security_incidents_medium',
  low: 'security_incidents_low',
} as const

export type Severity = keyof typeof SEVERITY_METRICS
export type SeverityWeights = Record<Severity, number>

export const SEVERITIES = Object.keys(SEVERITY_METRICS) as Severity[]

/** House default weights (metrics.md §4); an admin changes them in Settings. */
export const DEFAULT_SEVERITY_WEIGHTS: SeverityWeights = { critical: 10, high: 5, medium: 2, low: 1 }

const COUNT_KEYS: ReadonlySet<string> = new Set(Object.values(SEVERITY_METRICS))

/** True for the four counts that are scored through the index rather than one by one. */
export function isSeverityCount(metricKey: string): boolean {
  return COUNT_KEYS.has(metricKey)
}

/** "critical × 10 + high × 5 + medium × 2 + low × 1" with the weights in force. */
export function severityFormula(weights: SeverityWeights): string {
  return SEVERITIES.map((s) => `${s} × ${weights[s]}`).join(' + ')
}

/**
 * The index as a scorable metric. It is not in the catalogue (nobody enters it): the scorecard
 * computes it from the four counts and scores it against the same weighting of their targets.
 */
export function severityIndexMetric(weights: SeverityWeights): MetricDef {
  return {
    key: 'security_severity_index',
    label: 'Security severity index',
    category: 'security',
    unit: 'count',
    direction: 'down',
    definition: 'Security incidents weighted by severity, so one critical incident counts for more than one low.',
    formula: severityFormula(weights),
    source: 'House default weights critical 10, high 5, medium 2, low 1; editable in Settings',
    defaultTarget: null,
    targetScale: 'count',
    // Never rolled up itself: it is computed from the four counts, which are.
    rollup: 'none',
  }
}

/**
 * Σ weight × count over the four severities. Null when any count (or, for a target, any target) is
 * missing: a partial index would read as fewer incidents, and missing data is never zero.
 */
export function severityIndex(values: Readonly<Record<Severity, number | null>>, weights: SeverityWeights): number | null {
  let sum = 0
  for (const s of SEVERITIES) {
    const v = values[s]
    if (v === null || !Number.isFinite(v)) return null
    sum += weights[s] * v
  }
  return sum
}

/** One value per severity, read by the metric key of its count. */
export function perSeverity<T>(read: (metricKey: string) => T): Record<Severity, T> {
  return {
    critical: read(SEVERITY_METRICS.critical),
    high: read(SEVERITY_METRICS.high),
    medium: read(SEVERITY_METRICS.medium),
    low: read(SEVERITY_METRICS.low),
  }
}
