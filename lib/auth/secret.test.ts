import { afterEach, describe, expect, it } from 'vitest'
import { ensureSecret, WeakSecretError } from './secret'

const saved = { url: process.env.DATABASE_URL, secret: process.env.APP_SECRET, file: process.env.APP_SECRET_FILE }
afterEach(() => {
  for (const [key, value] of [
    ['DATABASE_URL', saved.url],
    ['APP_SECRET', saved.secret],
    ['APP_SECRET_FILE', saved.file],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

describe('ensureSecret on PostgreSQL', () => {
  it('refuses to generate a per-server secret: app servers sharing the database must share APP_SECRET', () => {
    process.env.DATABASE_URL = 'postgresql://app@db.internal/scorecard'
    delete process.env.APP_SECRET
    delete process.env.APP_SECRET_FILE
    expect(() => ensureSecret()).toThrow(WeakSecretError)
    expect(() => ensureSecret()).toThrow(/APP_SECRET.*every app server/)
  })

  it('uses APP_SECRET when it is set', () => {
    process.env.DATABASE_URL = 'postgresql://app@db.internal/scorecard'
    process.env.APP_SECRET = 'x'.repeat(8) + 'abcdefghijklmnopqrstuvwxyz012345'
    expect(ensureSecret()).toBe('APP_SECRET')
  })
})
