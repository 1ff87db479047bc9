import type { UserRow } from '@/lib/db/services/users'

/** A user as --json prints them: no password hash ever leaves the database. */
export function userJson(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    categories: user.categories,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
  }
}
