import { afterEach, describe, expect, it, vi } from 'vitest'
import * as serverSide from '../../scripts/peer-headers.mjs'
import { clientAddress, isHttps, PEER_ADDRESS_HEADER, PEER_HEADERS_ENV, PEER_PROTO_HEADER } from './request-info'

afterEach(() => {
  vi.unstubAllEnvs()
})

const stamped = (extra: Record<string, string>) =>
  new Headers({ [PEER_ADDRESS_HEADER]: '192.0.2.7', [PEER_PROTO_HEADER]: 'http', ...extra })

describe('clientAddress', () => {
  it('uses the socket address the server stamped, not a spoofed X-Forwarded-For, unless TRUST_PROXY is on', () => {
    vi.stubEnv(PEER_HEADERS_ENV, '1')
    expect(clientAddress(stamped({ 'x-forwarded-for': '203.0.113.9' }))).toBe('192.0.2.7')
    vi.stubEnv('TRUST_PROXY', '1')
    expect(clientAddress(stamped({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }))).toBe('203.0.113.9')
    expect(clientAddress(stamped({}))).toBe('192.0.2.7')
  })

  it("ignores the internal header when the app's server did not stamp it (a client could have sent it)", () => {
    vi.stubEnv(PEER_HEADERS_ENV, '')
    expect(clientAddress(stamped({ 'x-forwarded-for': '203.0.113.9' }))).toBe('unknown')
  })
})

describe('isHttps (Secure cookies, HSTS)', () => {
  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    vi.stubEnv(PEER_HEADERS_ENV, '1')
    expect(isHttps(stamped({ 'x-forwarded-proto': 'https' }))).toBe(false)
    vi.stubEnv('TRUST_PROXY', '1')
    expect(isHttps(stamped({ 'x-forwarded-proto': 'https' }))).toBe(true)
    expect(isHttps(stamped({ 'x-forwarded-proto': 'http' }))).toBe(false)
  })

  it('is true for a TLS socket and for an https APP_URL', () => {
    vi.stubEnv(PEER_HEADERS_ENV, '1')
    expect(isHttps(stamped({ [PEER_PROTO_HEADER]: 'https' }))).toBe(true)
    vi.stubEnv('APP_URL', 'https://scorecard.example.com')
    expect(isHttps(stamped({}))).toBe(true)
  })
})

describe('the server and the app agree on the internal header names', () => {
  it('uses the same names on both sides', () => {
    expect([serverSide.PEER_ADDRESS_HEADER, serverSide.PEER_PROTO_HEADER, serverSide.PEER_HEADERS_ENV]).toEqual([
      PEER_ADDRESS_HEADER,
      PEER_PROTO_HEADER,
      PEER_HEADERS_ENV,
    ])
  })

  it('replaces a copy the client sent with what the socket says', () => {
    const req = {
      headers: { [PEER_ADDRESS_HEADER]: '203.0.113.9', [PEER_PROTO_HEADER]: 'https' } as Record<string, string>,
      socket: { remoteAddress: '192.0.2.7', encrypted: false },
    }
    serverSide.stampPeer(req)
    expect(req.headers).toEqual({ [PEER_ADDRESS_HEADER]: '192.0.2.7', [PEER_PROTO_HEADER]: 'http' })
  })
})
