import { describe, expect, it } from 'vitest'
import { claimAt, identityFromClaims } from './identity'

describe('identityFromClaims', () => {
  it('takes the email (lower-cased), the name and the groups of the named claim', () => {
    const claims = { sub: '1', email: 'Ada@Example.COM', email_verified: true, name: ' Ada Lovelace ', groups: ['eng', 7] }
    expect(identityFromClaims(claims, 'groups')).toEqual({
      ok: true,
      identity: { email: 'ada@example.com', name: 'Ada Lovelace', groups: ['eng'] },
    })
  })

  it('builds the name from given and family names, else uses the email', () => {
    expect(identityFromClaims({ email: 'a@b.io', given_name: 'Grace', family_name: 'Hopper' }, 'groups')).toMatchObject({
      identity: { name: 'Grace Hopper', groups: [] },
    })
    expect(identityFromClaims({ email: 'a@b.io' }, '')).toMatchObject({ identity: { name: 'a@b.io' } })
  })

  it('reads nested claims such as Keycloak realm roles', () => {
    const claims = { email: 'a@b.io', realm_access: { roles: ['scorecard-admin'] } }
    expect(identityFromClaims(claims, 'realm_access.roles')).toMatchObject({ identity: { groups: ['scorecard-admin'] } })
    expect(claimAt({ 'https://x.io/groups': ['g'] }, 'https://x.io/groups')).toEqual(['g'])
    expect(claimAt({ a: 1 }, 'a.b.c')).toBeUndefined()
  })

  it('refuses a token without a usable email, or with one the provider has not verified', () => {
    expect(identityFromClaims({ sub: '1' }, 'groups')).toEqual({ ok: false, reason: 'no-email' })
    expect(identityFromClaims({ email: 'not an email' }, 'groups')).toEqual({ ok: false, reason: 'no-email' })
    expect(identityFromClaims({ email: 'a@b.io', email_verified: false }, 'groups')).toEqual({ ok: false, reason: 'unverified-email' })
  })
})
