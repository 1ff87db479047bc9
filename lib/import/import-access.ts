import { FORBIDDEN_MESSAGE, SIGN_IN_MESSAGE } from '@/lib/auth/permissions'
import { can } from '@/lib/auth/permissions'
import type { Actor } from '@/lib/auth/roles'
import { CATEGORY_KEYS, type CategoryKey } from '@/lib/metrics/categories'

/**
 * The categories a person may import figures into: the ones they may edit in the entry form
 * (admins and editors all six, a category owner only theirs). Importing is editing by file, so it
 * asks the same permission, per category; someone who may edit no category may not import at all.
 */
export function importableCategories(actor: Actor | null): CategoryKey[] {
  return CATEGORY_KEYS.filter((category) => can(actor, { do: 'edit-category', category }))
}

/** Why this person may not import (401 signed out, 403 no category to edit), or null when they may. */
export function importRefusal(actor: Actor | null): { status: 401 | 403; error: string } | null {
  if (!actor) return { status: 401, error: SIGN_IN_MESSAGE }
  return importableCategories(actor).length > 0 ? null : { status: 403, error: FORBIDDEN_MESSAGE }
}
