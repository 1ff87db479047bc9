import { EVENT_FORMULAS, isEventMetricKey } from '@/lib/metrics/dora-events'
import { formatValue } from '@/lib/metrics/format'
import type { MetricDef } from '@/lib/metrics/catalogue'
import type { RestatementText } from './report-types'

/** A restatement as the report is given it (the latest of a figure, with the value first published). */
export interface RestatementInput {
  count: number
  publishedValue: number | null
  newValue: number | null
  reason: string
  at: Date
}

/**
 * The formula that produced a figure: a figure computed from events states exactly which events
 * counted (the events formula), a figure people entered the catalogue's definition.
 */
export function formulaOf(metric: MetricDef, source: string | null): string {
  return source === 'events' && isEventMetricKey(metric.key) ? EVENT_FORMULAS[metric.key] : metric.formula
}

/** A DORA figure is scored by its benchmark level, so its target is shown but does not count. */
export function targetScored(metric: MetricDef): boolean {
  return metric.dora === undefined
}

export function targetText(metric: MetricDef, text: string, target: number | null): string {
  return target !== null && !targetScored(metric) ? `${text} (not scored)` : text
}

export function restatementText(metric: MetricDef, r: RestatementInput, currency: string): RestatementText {
  return {
    publishedValue: r.publishedValue,
    newValue: r.newValue,
    publishedText: formatValue(metric, r.publishedValue, { currency }),
    newText: formatValue(metric, r.newValue, { currency }),
    reason: r.reason,
    at: r.at.toISOString(),
    count: r.count,
  }
}

/** "Published 12.0%, now 14.0%: late events" — one line, the same in every export. */
export function restatementLine(r: RestatementText): string {
  return `Restated: published ${r.publishedText}, now ${r.newText}. Reason: ${r.reason}`
}

/** A figure's name in the appendix tables, which have no room for the full restatement line. */
export function appendixLabel(label: string, r: RestatementText | null): string {
  return r ? `${label} (restated; published ${r.publishedText})` : label
}
