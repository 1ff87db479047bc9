import { describe, expect, it } from 'vitest'
import { awaitLull, noteArrival } from './arrivals'

describe('awaitLull', () => {
  it('returns at once when no delivery arrived lately', async () => {
    const start = performance.now()
    await awaitLull(50, 5_000)
    expect(performance.now() - start).toBeLessThan(40)
  })

  it('waits for a pause after the last arrival', async () => {
    noteArrival()
    const start = performance.now()
    await awaitLull(80, 5_000)
    expect(performance.now() - start).toBeGreaterThanOrEqual(75)
  })

  it('waits no longer than its bound while deliveries keep arriving', async () => {
    noteArrival()
    const stream = setInterval(noteArrival, 5)
    try {
      const start = performance.now()
      await awaitLull(50, 200)
      const waited = performance.now() - start
      expect(waited).toBeGreaterThanOrEqual(195)
      expect(waited).toBeLessThan(1_000)
    } finally {
      clearInterval(stream)
    }
  })
})
