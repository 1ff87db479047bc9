import { getMetric } from './catalogue'
import { compareQuarters } from './quarters'

/** A target as stored: set for a scope from `quarter` on. A null value stops a carried-over target. */
export interface TargetRecord {
  quarter: string
  metricKey: string
  value: number | null
}

export interface EffectiveTarget {
  value: number | null
  /** Where the value comes from: set in this quarter, carried from an earlier one, or the catalogue default. */
  origin: 'set' | 'carried' | 'default'
  /** The quarter the target was set in, when it was set. */
  setIn: string | null
}

/**
 * The target that applies to a metric in a quarter: the latest one set in or before that quarter
 * (targets carry over until changed), else the catalogue's default.
 */
export function effectiveTarget(records: readonly TargetRecord[], metricKey: string, quarter: string): EffectiveTarget {
  let latest: TargetRecord | null = null
  for (const record of records) {
    if (record.metricKey !== metricKey || compareQuarters(record.quarter, quarter) > 0) continue
    if (!latest || compareQuarters(record.quarter, latest.quarter) > 0) latest = record
  }
  if (latest) return { value: latest.value, origin: latest.quarter === quarter ? 'set' : 'carried', setIn: latest.quarter }
  return { value: getMetric(metricKey).defaultTarget, origin: 'default', setIn: null }
}
