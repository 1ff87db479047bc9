import { afterEach, describe, expect, it, vi } from 'vitest'

describe('the Prisma client', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  // Next bundles instrumentation (the recompute job) apart from the routes, so the client module is
  // evaluated more than once in one production process; each evaluation must find the same client.
  it('is one per process in production, however many times its module is evaluated', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.resetModules()
    const first = await import('./client')
    vi.resetModules()
    const second = await import('./client')
    expect(second.prisma).toBe(first.prisma)
    expect(second.clientWriteActivity).toBe(first.clientWriteActivity)
  })
})
