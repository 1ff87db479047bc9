import { CATALOGUE, valueMax, type MetricDef } from '@/lib/metrics/catalogue'
import { getCategory, type CategoryKey } from '@/lib/metrics/categories'
import { UNITS } from '@/lib/metrics/units'
import type { QuarterKey } from '@/lib/metrics/quarters'
import { isMixKey, MIX_TOLERANCE, MIX_TOTAL } from '@/lib/metrics/investment-mix'

/** One row of the template: the import columns (value, n and target left blank) and the helpers. */
export interface TemplateRow {
  quarter: string
  scope: string
  metricKey: string
  label: string
  category: string
  unit: string
  allowedRange: string
  /** Context-only metrics take no target. */
  takesTarget: boolean
}

/** The allowed values of a unit in words, as the validation messages state them. */
export function allowedRange(metric: MetricDef): string {
  const spec = UNITS[metric.unit]
  const max = valueMax(metric)
  const range = max === undefined ? `${spec.min} or more` : `${spec.min} to ${max}`
  // The one rule that spans rows: say it where people fill the shares in.
  if (isMixKey(metric.key))
    return `${range}; the three investment shares of a scope and quarter add up to ${MIX_TOTAL} (± ${MIX_TOLERANCE})`
  return spec.integer ? `${range}, whole number` : range
}

/**
 * One blank row per metric the person may import (a category owner gets only their categories),
 * for the scope (org or a team's slug) and quarter chosen on the import page: they fill in values,
 * and change quarter or scope as needed. Untouched rows are skipped on import, so a half-filled
 * template is fine.
 */
export function templateRows(categories: readonly CategoryKey[], quarter: QuarterKey, scope = 'org'): TemplateRow[] {
  return CATALOGUE.filter((m) => categories.includes(m.category)).map((m) => ({
    quarter,
    scope,
    metricKey: m.key,
    label: m.label,
    category: getCategory(m.category).label,
    unit: UNITS[m.unit].label,
    allowedRange: allowedRange(m),
    takesTarget: m.direction !== 'none',
  }))
}

export const TEMPLATE_FILE_NAME = 'figures-import-template'
