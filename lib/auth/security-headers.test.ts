import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from './security-headers'

type HeaderRule = { source: string; headers: { key: string; value: string }[] }
const nextConfig = createRequire(import.meta.url)(path.resolve('next.config.js')) as { headers(): Promise<HeaderRule[]> }

describe('next.config.js headers', () => {
  it('send exactly STATIC_SECURITY_HEADERS on every path, static files included', async () => {
    const rules = await nextConfig.headers()
    expect(rules).toEqual([{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }])
  })
})

describe('contentSecurityPolicy', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

  it('allows scripts only with the nonce, never eval, and forbids framing', () => {
    const csp = directives(contentSecurityPolicy('abc123==', false))
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(contentSecurityPolicy('abc123==', false)).not.toContain('unsafe-eval')
  })

  it('allows eval only on the dev server, whose hot reload needs it', () => {
    expect(directives(contentSecurityPolicy('n', true)).get('script-src')).toContain("'unsafe-eval'")
  })
})
