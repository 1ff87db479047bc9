import { ROLE_LABELS, isRole } from './roles'
import { getCategory, type CategoryKey } from '@/lib/metrics/categories'

/** A role as people say it; a stored value the app does not know is shown as it is. */
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role
}

/** "Talent retention and Security posture". */
export function categoryList(categories: readonly CategoryKey[]): string {
  const labels = categories.map((c) => getCategory(c).label)
  if (labels.length <= 1) return labels[0] ?? ''
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`
}

/** "Editor", or "Category owner of Talent retention and Security posture". */
export function roleWords(role: string, categories: readonly CategoryKey[]): string {
  return categories.length === 0 ? roleLabel(role) : `${roleLabel(role)} of ${categoryList(categories)}`
}
