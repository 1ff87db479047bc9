import type { CategoryKey } from '@/lib/metrics/categories'
import type { Actor } from './roles'

/**
 * Everything a person can be allowed to do. Each server action and route handler asks `can` for
 * its own permission before doing anything; the authorization-matrix test lists them all.
 */
export type Permission =
  | { do: 'read' }
  | { do: 'export' }
  | { do: 'edit-category'; category: CategoryKey }
  | { do: 'edit-summary' }
  | { do: 'annotate' }
  | { do: 'publish' }
  | { do: 'manage-teams' }
  | { do: 'manage-users' }
  | { do: 'manage-settings' }
  | { do: 'view-audit' }
  | { do: 'manage-tokens' }
  | { do: 'manage-connections' }

/** Whether the signed-in actor (null: signed out) has the permission. Pure, so it is easy to test. */
export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false
  switch (permission.do) {
    case 'read':
    case 'export':
      return true
    case 'edit-category':
      if (actor.role === 'admin' || actor.role === 'editor') return true
      return actor.role === 'owner' && actor.categories.includes(permission.category)
    case 'edit-summary':
    // Notes are about a whole scope's timeline, so they need edit rights on all of it, not one category's.
    case 'annotate':
      return actor.role === 'admin' || actor.role === 'editor'
    case 'publish':
    case 'manage-teams':
    case 'manage-users':
    case 'manage-settings':
    case 'view-audit':
    case 'manage-tokens':
    case 'manage-connections':
      return actor.role === 'admin'
  }
}

/** The words every refusal uses, whether a form, an upload route or a download refuses. */
export const SIGN_IN_MESSAGE = 'Sign in to continue.'
export const FORBIDDEN_MESSAGE = 'You do not have permission to do this.'
