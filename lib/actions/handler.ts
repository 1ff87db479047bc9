import { can, FORBIDDEN_MESSAGE, SIGN_IN_MESSAGE, type Permission } from '@/lib/auth/permissions'
import type { Actor } from '@/lib/auth/roles'
import type { ActionState } from './action-state'

/**
 * What a form action does, without Next's plumbing: it gets the signed-in actor (or null), the
 * previous state and the form, checks its own permission first, and says whether pages must be
 * revalidated. app/**\/actions.ts wrap these; tests (authorization matrix, fuzzing) call them directly.
 */
export interface Handled<S> {
  state: S
  revalidate: boolean
}

export type ActionHandler<S> = (actor: Actor | null, previous: S, formData: FormData) => Promise<Handled<S>>

/** The refusal message for an actor lacking a permission, or null when they hold it. */
export function refusal(actor: Actor | null, permission: Permission): string | null {
  if (!actor) return SIGN_IN_MESSAGE
  return can(actor, permission) ? null : FORBIDDEN_MESSAGE
}

/** A refused form action: the message shown as the form's error; nothing was read or written. */
export function refused(message: string): Handled<ActionState> {
  return { state: { ok: false, fieldErrors: { form: message } }, revalidate: false }
}
