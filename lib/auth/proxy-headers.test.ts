import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { proxy } from '../../proxy'
import { PEER_ADDRESS_HEADER, PEER_HEADERS_ENV, PEER_PROTO_HEADER } from './request-info'

// The proxy runs before every route: HSTS over HTTPS only, and a sign-in redirect that never
// carries the request's Host header.
const request = (path: string, headers: Record<string, string>) => new NextRequest(`http://127.0.0.1:3000${path}`, { headers })

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('proxy', () => {
  it('sends HSTS when the request came over HTTPS through a trusted proxy, and not for a spoofed X-Forwarded-Proto', () => {
    vi.stubEnv(PEER_HEADERS_ENV, '1')
    const headers = { [PEER_ADDRESS_HEADER]: '10.0.0.2', [PEER_PROTO_HEADER]: 'http', 'x-forwarded-proto': 'https' }
    expect(proxy(request('/login', headers)).headers.get('strict-transport-security')).toBeNull()
    vi.stubEnv('TRUST_PROXY', '1')
    expect(proxy(request('/login', headers)).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })

  it('sends HSTS for a TLS socket', () => {
    vi.stubEnv(PEER_HEADERS_ENV, '1')
    expect(proxy(request('/login', { [PEER_PROTO_HEADER]: 'https' })).headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    )
  })

  it('sends a signed-out visitor to the sign-in page without reflecting a forged Host', () => {
    const location = proxy(request('/', { host: 'evil.example' })).headers.get('location') ?? ''
    expect(location).not.toContain('evil.example')
    expect(new URL(location).pathname).toBe('/login')
    vi.stubEnv('APP_URL', 'https://scorecard.example.com')
    expect(proxy(request('/', { host: 'evil.example' })).headers.get('location')).toBe('https://scorecard.example.com/login')
  })
})
