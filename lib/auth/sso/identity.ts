import { groupsFromClaim } from './group-roles'

/** Who the ID token says signed in, as the app needs it. */
export interface SsoIdentity {
  email: string
  name: string
  groups: string[]
}

export type IdentityResult = { ok: true; identity: SsoIdentity } | { ok: false; reason: 'no-email' | 'unverified-email' }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A claim by name, or by a dotted path into nested objects (Keycloak's `realm_access.roles`). */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path]
  let value: unknown = claims
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/**
 * The person from the ID token's claims. People are matched by email, so an email the provider says
 * it has not verified is refused (someone could otherwise claim a colleague's address); providers that
 * do not send email_verified at all (Entra ID) are trusted for the addresses they issue.
 */
export function identityFromClaims(claims: Record<string, unknown>, groupsClaim: string): IdentityResult {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : ''
  if (!EMAIL.test(email) || email.length > 254) return { ok: false, reason: 'no-email' }
  if (claims.email_verified === false || claims.email_verified === 'false') return { ok: false, reason: 'unverified-email' }
  const given = [claims.given_name, claims.family_name].filter((p): p is string => typeof p === 'string' && p.trim() !== '')
  const name = (typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name.trim() : given.join(' ')) || email
  const groups = groupsClaim === '' ? [] : groupsFromClaim(claimAt(claims, groupsClaim))
  return { ok: true, identity: { email, name: name.slice(0, 120), groups } }
}
