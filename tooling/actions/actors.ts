import type { Actor, Role } from '@/lib/auth/roles'

/** The people of the matrix: one per role, the owner holding talent only; null is the signed-out visitor. */
export const MATRIX_ROLES = ['viewer', 'owner', 'editor', 'admin'] as const satisfies readonly Role[]
export type MatrixRole = (typeof MATRIX_ROLES)[number]
export type Who = 'signed-out' | MatrixRole
export const EVERYONE: readonly Who[] = ['signed-out', ...MATRIX_ROLES]

export const OWNED_CATEGORY = 'talent'
export const TEST_PASSWORD = 'matrix test password 42'

/**
 * Creates one user per role through the users service and signs each in, so every Actor is exactly
 * what the app derives from a session cookie (lib/db/services/sessions.ts), not a hand-made object.
 * Import only after openCountingDatabase.
 */
export async function createActors(tag: string): Promise<Record<MatrixRole, Actor>> {
  const { createUser } = await import('@/lib/db/services/users')
  const { createSession, getSessionActor } = await import('@/lib/db/services/sessions')
  const actors: Partial<Record<MatrixRole, Actor>> = {}
  for (const role of MATRIX_ROLES) {
    const created = await createUser(
      {
        email: `${tag}-${role}@example.test`,
        name: `${tag} ${role}`,
        role,
        categories: role === 'owner' ? [OWNED_CATEGORY] : [],
        password: TEST_PASSWORD,
      },
      'test-setup',
    )
    if (!created.ok) throw new Error(`could not create the ${role}: ${JSON.stringify(created.fieldErrors)}`)
    const { token } = await createSession(created.id)
    const actor = await getSessionActor(token)
    if (!actor || actor.role !== role) throw new Error(`the ${role}'s session did not give back a ${role}`)
    actors[role] = actor
  }
  return actors as Record<MatrixRole, Actor>
}

export function actorOf(who: Who, actors: Record<MatrixRole, Actor>): Actor | null {
  return who === 'signed-out' ? null : actors[who]
}
