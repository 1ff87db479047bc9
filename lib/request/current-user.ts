import { cache } from 'react'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getSessionActor } from '@/lib/db/services/sessions'
import { can, type Permission } from '@/lib/auth/permissions'
import type { Actor } from '@/lib/auth/roles'
import { SESSION_COOKIE } from '@/lib/auth/session-policy'

/** The signed-in person of this request, or null. Read once per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const store = await cookies()
  return getSessionActor(store.get(SESSION_COOKIE)?.value)
})

export class AuthError extends Error {
  constructor(readonly kind: 'unauthenticated' | 'forbidden') {
    super(kind === 'unauthenticated' ? 'Sign in to continue.' : 'You do not have permission to do this.')
  }
}

/**
 * For server actions and route handlers: the actor if they hold the permission, else AuthError.
 * Every action and route calls this itself; the proxy's redirect is a convenience, not the check.
 */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await getCurrentActor()
  if (!actor) throw new AuthError('unauthenticated')
  if (!can(actor, permission)) throw new AuthError('forbidden')
  return actor
}

/** For pages: signed-out visitors go to the sign-in page; the signed-in without permission to /forbidden. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await getCurrentActor()
  if (!actor) redirect('/login')
  if (!can(actor, permission)) redirect('/forbidden')
  return actor
}
