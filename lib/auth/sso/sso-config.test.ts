import { describe, expect, it } from 'vitest'
import { isLoopbackHttp, resolveSsoConnection } from './sso-config'

const STORED = { issuer: 'https://saved.example', clientId: 'saved-id', clientSecret: 'saved-secret' }

describe('resolveSsoConnection', () => {
  it('uses the environment over Settings when it sets the provider', () => {
    const env = { OIDC_ISSUER: ' https://env.example ', OIDC_CLIENT_ID: 'env-id', OIDC_CLIENT_SECRET: 'env-secret' }
    expect(resolveSsoConnection(env, STORED)).toEqual({
      configured: true,
      source: 'env',
      connection: { issuer: 'https://env.example', clientId: 'env-id', clientSecret: 'env-secret' },
    })
  })

  it('uses Settings when the environment sets nothing', () => {
    expect(resolveSsoConnection({ OIDC_ISSUER: '  ' }, STORED)).toEqual({ configured: true, source: 'settings', connection: STORED })
  })

  it('reports half a configuration in the environment instead of falling back to Settings', () => {
    expect(resolveSsoConnection({ OIDC_CLIENT_SECRET: 's' }, STORED)).toMatchObject({ configured: false, source: 'env' })
    expect(resolveSsoConnection({ OIDC_ISSUER: 'https://env.example' }, STORED)).toEqual({
      configured: false,
      source: 'env',
      problem: 'Single sign-on is half configured by environment variables: set OIDC_CLIENT_ID too.',
    })
  })

  it('accepts a public client (no secret) from either source', () => {
    const env = { OIDC_ISSUER: 'https://env.example', OIDC_CLIENT_ID: 'env-id' }
    expect(resolveSsoConnection(env, null)).toMatchObject({ configured: true, connection: { clientSecret: '' } })
    expect(resolveSsoConnection({}, { ...STORED, clientSecret: '' })).toMatchObject({ configured: true, connection: { clientSecret: '' } })
  })

  it('is not configured without an issuer and client id, and says so when the saved secret cannot be decrypted', () => {
    expect(resolveSsoConnection({}, null)).toEqual({ configured: false, source: null, problem: null })
    expect(resolveSsoConnection({}, { ...STORED, issuer: '' })).toEqual({ configured: false, source: null, problem: null })
    expect(resolveSsoConnection({}, { ...STORED, clientSecret: null })).toMatchObject({
      configured: false,
      source: 'settings',
      problem: expect.stringContaining('cannot be read with this server secret'),
    })
  })
})

describe('isLoopbackHttp', () => {
  it('allows plain http only to this machine', () => {
    expect(isLoopbackHttp(new URL('http://127.0.0.1:3418'))).toBe(true)
    expect(isLoopbackHttp(new URL('http://localhost/realms/x'))).toBe(true)
    expect(isLoopbackHttp(new URL('http://idp.example.com'))).toBe(false)
    expect(isLoopbackHttp(new URL('https://localhost'))).toBe(false)
  })
})
