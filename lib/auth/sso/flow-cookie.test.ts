import { describe, expect, it } from 'vitest'
import { FLOW_LIFETIME_MS, openFlow, sealFlow } from './flow-cookie'

const SECRET = 'a-test-server-secret-with-enough-entropy-1234567890'
const FLOW = { state: 'st', nonce: 'no', codeVerifier: 'verifier-verifier', returnTo: '/' }
const NOW = new Date('2026-12-03T12:00:00Z')

describe('the sealed sign-in attempt', () => {
  it('opens what it sealed, within ten minutes', () => {
    const sealed = sealFlow(FLOW, NOW, SECRET)
    expect(openFlow(sealed, new Date(NOW.getTime() + FLOW_LIFETIME_MS - 1), SECRET)).toEqual(FLOW)
  })

  it('does not show the PKCE verifier or the nonce to whoever reads the cookie', () => {
    const sealed = sealFlow(FLOW, NOW, SECRET)
    const readable = sealed
      .split('.')
      .map((part) => Buffer.from(part, 'base64url').toString('latin1'))
      .join('')
    expect(readable).not.toContain('verifier-verifier')
    expect(sealed).not.toContain(Buffer.from('verifier-verifier').toString('base64url'))
  })

  it('refuses an expired, altered, foreign or missing cookie', () => {
    const sealed = sealFlow(FLOW, NOW, SECRET)
    expect(openFlow(sealed, new Date(NOW.getTime() + FLOW_LIFETIME_MS), SECRET)).toBeNull()
    const [iv, tag, body] = sealed.split('.')
    const flipped = Buffer.from(body, 'base64url')
    flipped[0] ^= 1
    expect(openFlow([iv, tag, flipped.toString('base64url')].join('.'), NOW, SECRET)).toBeNull()
    expect(openFlow(sealed, NOW, `${SECRET}-other`)).toBeNull()
    expect(openFlow(undefined, NOW, SECRET)).toBeNull()
    expect(openFlow('a.b', NOW, SECRET)).toBeNull()
  })
})
