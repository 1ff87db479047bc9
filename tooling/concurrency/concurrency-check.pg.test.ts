import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempPostgres, type TempPostgres } from '@/tooling/db/temp-postgres'
import { runConcurrencyCheck } from './concurrency-check'

// The 50-writer check on PostgreSQL, its writers split across two OS processes with a connection
// pool each, as two app servers on one database are: every save takes the advisory write lock.
let temp: TempPostgres
beforeAll(async () => {
  temp = await createTempPostgres('concurrency')
})
afterAll(() => temp?.remove())

describe('the concurrency check on PostgreSQL', () => {
  it('ends 50 writers × 20 saves of one figure, from two processes, with 0 lost updates', async () => {
    const report = await runConcurrencyCheck({ databaseUrl: temp.url, processes: 2, writersPerProcess: 25, savesPerWriter: 20 })

    expect(report.errors).toEqual([])
    expect(report.problems).toEqual([])
    expect(report.lostUpdates).toBe(0)
    expect(report.accepted + report.refused).toBe(1000)
    expect(report.accepted).toBeGreaterThan(0)
    expect(report.refused).toBeGreaterThan(0)
    expect(report.finalVersion).toBe(report.accepted)
    expect(report.finalValue).toBe(report.lastAccepted?.value)
  }, 300_000)
})
