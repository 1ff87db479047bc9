import { CATEGORY_KEYS, type CategoryKey } from '@/lib/metrics/categories'

export const ROLES = ['admin', 'editor', 'owner', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  editor: 'Editor',
  owner: 'Category owner',
  viewer: 'Viewer',
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Users, teams, settings, publishing, and everything editors do.',
  editor: 'All figures, targets and commentary.',
  owner: 'Figures, targets and commentary of the assigned categories only.',
  viewer: 'Reads and exports; edits nothing.',
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/** The user a permission check sees: no secrets, just what decides access. */
export interface Actor {
  id: string
  email: string
  name: string
  role: Role
  categories: CategoryKey[]
}

/** Reads the stored JSON list of owned categories, dropping anything that is not a category. */
export function parseCategories(json: string): CategoryKey[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((c): c is CategoryKey => (CATEGORY_KEYS as readonly string[]).includes(c)) : []
  } catch {
    return []
  }
}
