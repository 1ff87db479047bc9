import { getMetric, metricsInCategory } from '@/lib/metrics/catalogue'
import { CATEGORIES, getCategory, type CategoryKey } from '@/lib/metrics/categories'
import { WHOLE_SCOPE_TEXT } from '@/lib/metrics/annotation-rules'
import type { AboutOption } from './annotation-types'

/**
 * What a note added from a page can be about, the page's own subject first (the default): the
 * scorecard offers the scope and each category, a category page its metrics too, a metric page that
 * metric, its category and the scope.
 */
export function aboutOptions(page: { category?: CategoryKey; metricKey?: string }): AboutOption[] {
  const whole = { value: '', label: WHOLE_SCOPE_TEXT }
  const category = (key: CategoryKey) => ({ value: `category:${key}`, label: `${getCategory(key).label} (category)` })
  const metric = (key: string) => ({ value: `metric:${key}`, label: `${getMetric(key).label} (metric)` })
  if (page.metricKey) return [metric(page.metricKey), category(getMetric(page.metricKey).category), whole]
  if (page.category) return [category(page.category), whole, ...metricsInCategory(page.category).map((m) => metric(m.key))]
  return [whole, ...CATEGORIES.map((c) => category(c.key))]
}
