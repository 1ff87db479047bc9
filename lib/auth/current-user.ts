import { cache } from 'react'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getSessionActor } from '@/lib/db/services/sessions'
import { can, type Permission } from './permissions'
import type { Actor } from './roles'
import { SESSION_COOKIE } from './session-policy'

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

/** The answer a form action gives when AuthError is thrown: shown as the form's error, nothing written. */
export function authFailure(error: unknown): { ok: false; fieldErrors: { form: string } } | null {
  return error instanceof AuthError ? { ok: false, fieldErrors: { form: error.message } } : null
}

/**
 * For server actions that answer with form state: the actor, or the message to show instead.
 * Nothing is read or written before this check passes.
 */
export async function authorize(permission: Permission): Promise<{ actor: Actor; denied: null } | { actor: null; denied: string }> {
  try {
    return { actor: await requirePermission(permission), denied: null }
  } catch (error) {
    if (error instanceof AuthError) return { actor: null, denied: error.message }
    throw error
  }
}
