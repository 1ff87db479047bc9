import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { median } from '@/lib/metrics/dora-events'
import { Prisma } from '../generated/client'
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
let temp: TempDatabase
let db: typeof import('../client')
let medians: typeof import('./event-median')

beforeAll(async () => {
  temp = createTempDatabase('event-median')
  db = await openAppClient(temp)
  medians = await import('./event-median')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

describe('medianMs', () => {
  const WINDOW = { start: new Date('2026-07-01T00:00:00Z'), end: new Date('2026-10-01T00:00:00Z') }

  /** Incidents resolved in the window after the given durations (ms; negative ones are ignored by min 0). */
  async function storeDurations(durations: number[]) {
    await db.prisma.incident.deleteMany()
    await db.prisma.incident.createMany({
      data: durations.map((ms, i) => {
        const resolvedAt = new Date(WINDOW.start.getTime() + (i % 1000) * 60_000)
        return { externalId: `m${i}`, openedAt: new Date(resolvedAt.getTime() - ms), resolvedAt, severity: 3 }
      }),
    })
  }

  async function sampledMedian(tuning: import('./event-median').MedianTuning, log: string[]) {
    // Records each statement, to tell which path answered.
    const reader = {
      $queryRaw: ((query: TemplateStringsArray, ...values: unknown[]) => {
        log.push(query.join('?'))
        return db.prisma.$queryRaw(query, ...values)
      }) as typeof db.prisma.$queryRaw,
    }
    return medians.medianMs(
      reader,
      {
        table: Prisma.sql`"Incident"`,
        where: Prisma.sql`"resolvedAt" >= ${WINDOW.start} AND "resolvedAt" < ${WINDOW.end}`,
        ms: Prisma.sql`CAST(ROUND((julianday("resolvedAt") - julianday("openedAt")) * 86400000) AS INTEGER)`,
        min: 0,
      },
      tuning,
    )
  }

  it('is exact whichever path answers: all in one scan, the sampled bracket, or its fallback', async () => {
    let oneScan = 0
    let sampled = 0
    let fellBack = 0
    const tunings = [
      { exactUpTo: 150, sampleSize: 40, marginSd: 6, run: 4 },
      { exactUpTo: 0, sampleSize: 40, marginSd: 6, run: 4 },
      { exactUpTo: 0, sampleSize: 3, marginSd: 0, run: 1 }, // a one-value bracket: it often misses
    ]
    const durations = fc.array(fc.oneof(fc.integer({ min: -5_000, max: 10_000_000 }), fc.constantFrom(0, 1000, 1000, 1000)), {
      minLength: 1,
      maxLength: 300,
    })
    await fc.assert(
      fc.asyncProperty(durations, fc.constantFrom(...tunings), async (values, tuning) => {
        await storeDurations(values)
        const log: string[] = []
        const kept = values.filter((v) => v >= 0)
        expect(await sampledMedian(tuning, log)).toEqual({ ms: median(kept), n: kept.length })
        if (log.length === 1) oneScan++
        else if (log.some((q) => q.includes('ORDER BY'))) fellBack++
        else if (log.some((q) => q.includes('AS below'))) sampled++
      }),
      { numRuns: 90 },
    )
    expect(oneScan).toBeGreaterThan(0)
    expect(sampled).toBeGreaterThan(0)
    expect(fellBack).toBeGreaterThan(0)
  })
})
