import { getMetric, metricsInCategory } from '@/lib/metrics/catalogue'
import { CATEGORIES, getCategory, type CategoryKey } from '@/lib/metrics/categories'
import type { AboutOption } from './annotation-types'

const WHOLE = 'Every chart of this scope'

/**
 * What a note added from a page can be about, the page's own subject first (the default): the
 * scorecard offers the scope and each category, a category page its metrics too, a metric page that
 * metric, its category and the scope.
 */
export function aboutOptions(page: { category?: CategoryKey; metricKey?: string }): AboutOption[] {
  const whole = { value: '', label: WHOLE }
  const category = (key: CategoryKey) => ({ value: `category:${key}`, label: `${getCategory(key).label} (category)` })
  const metric = (key: string) => ({ value: `metric:${key}`, label: `${getMetric(key).label} (metric)` })
  if (page.metricKey) return [metric(page.metricKey), category(getMetric(page.metricKey).category), whole]
  if (page.category) return [category(page.category), whole, ...metricsInCategory(page.category).map((m) => metric(m.key))]
  return [whole, ...CATEGORIES.map((c) => category(c.key))]
}

/** A stored note's subject in words, as the list shows it. */
export function aboutLabel(note: { category: string | null; metricKey: string | null }): string {
  if (note.metricKey !== null) return `${getMetric(note.metricKey).label} (metric)`
  if (note.category !== null) return `${getCategory(note.category as CategoryKey).label} (category)`
  return WHOLE
}
