import { describe, expect, it, vi } from 'vitest'

describe('processState', () => {
  it('is one value per name across two copies of the module, as Next loads it in each bundle', async () => {
    const first = await import('./process-state')
    vi.resetModules()
    const second = await import('./process-state')
    expect(second).not.toBe(first)
    first.processState<{ n: number }>('test-shared').set({ n: 1 })
    expect(second.processState<{ n: number }>('test-shared').get()).toEqual({ n: 1 })
    expect(second.processState<{ n: number }>('test-other').get()).toBeUndefined()
    second.processState('test-shared').set(undefined)
    expect(first.processState('test-shared').get()).toBeUndefined()
  })
})
