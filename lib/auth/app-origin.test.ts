import { afterEach, describe, expect, it, vi } from 'vitest'
import { isSameOrigin, refuseCrossOrigin } from './app-origin'

const headers = (entries: Record<string, string>) => new Headers(entries)

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('isSameOrigin without APP_URL: Origin against the Host header', () => {
  it('accepts the page of the app itself', () => {
    expect(isSameOrigin(headers({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }))).toBe(true)
  })

  it('refuses another site, another port of the same host, and the opaque "null" origin', () => {
    expect(isSameOrigin(headers({ host: '127.0.0.1:3000', origin: 'https://evil.example' }))).toBe(false)
    expect(isSameOrigin(headers({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3001' }))).toBe(false)
    expect(isSameOrigin(headers({ host: '127.0.0.1:3000', origin: 'null', referer: 'http://127.0.0.1:3000/' }))).toBe(false)
  })

  it('falls back to the Referer only when Origin is missing, and refuses when both are', () => {
    expect(isSameOrigin(headers({ host: 'app.test', referer: 'http://app.test/import' }))).toBe(true)
    expect(isSameOrigin(headers({ host: 'app.test', referer: 'http://evil.example/app.test' }))).toBe(false)
    expect(isSameOrigin(headers({ host: 'app.test' }))).toBe(false)
    expect(isSameOrigin(headers({ host: 'app.test', referer: 'not a url' }))).toBe(false)
  })
})

describe('isSameOrigin with APP_URL', () => {
  it('compares with the configured origin, whatever Host says', () => {
    vi.stubEnv('APP_URL', 'https://scorecard.example.com/')
    expect(isSameOrigin(headers({ host: 'internal:3000', origin: 'https://scorecard.example.com' }))).toBe(true)
    // A spoofed Host no longer makes a foreign origin look like ours.
    expect(isSameOrigin(headers({ host: 'evil.example', origin: 'https://evil.example' }))).toBe(false)
    expect(isSameOrigin(headers({ host: 'scorecard.example.com', origin: 'http://scorecard.example.com' }))).toBe(false)
  })
})

describe('refuseCrossOrigin', () => {
  it('answers 403 JSON for a foreign origin and null for our own', async () => {
    const evil = new Request('http://app.test/api/auth/logout', {
      method: 'POST',
      headers: { host: 'app.test', origin: 'https://evil.example' },
    })
    const refused = refuseCrossOrigin(evil)
    expect(refused?.status).toBe(403)
    expect(await refused?.json()).toMatchObject({ ok: false })
    const own = new Request('http://app.test/api/auth/logout', { method: 'POST', headers: { host: 'app.test', origin: 'http://app.test' } })
    expect(refuseCrossOrigin(own)).toBeNull()
  })
})
