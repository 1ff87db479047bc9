import { describe, expect, it } from 'vitest'
import { failureDetail } from './oidc-client'

describe('failureDetail', () => {
  it('names the check that failed beneath openid-client’s generic message', () => {
    const check = new Error('unexpected JWT "aud" (audience) claim value')
    expect(failureDetail(new Error('invalid response encountered', { cause: check }))).toBe(
      'invalid response encountered: unexpected JWT "aud" (audience) claim value',
    )
    expect(failureDetail('plain')).toBe('plain')
    expect(failureDetail(new Error('x'.repeat(900)))).toHaveLength(500)
  })
})
