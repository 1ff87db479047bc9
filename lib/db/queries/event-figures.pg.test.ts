import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { median } from '@/lib/metrics/dora-events'
import { createTempDatabase, type TempDatabase } from '@/tooling/db/temp-database'
import { createTempPostgres, type TempPostgres } from '@/tooling/db/temp-postgres'
import { clearEvents, eventSet, QUARTER, storeEvents } from '@/tooling/fixtures/random-event-sets'
import { msBetween, dialectOf } from '../dialect'
import { Prisma, PrismaClient } from '../generated/client'
import { PrismaClient as PostgresClient } from '../generated-pg/client'
import { computeQuarterFigures } from './event-figures'
import { medianMs, type MedianTuning } from './event-median'

/**
 * The same event set, stored in SQLite and in PostgreSQL, must give the same eight figures and n on
 * both, to the last bit: the queries share their logic and differ only in dialect.ts's fragments.
 */
let sqliteFile: TempDatabase
let postgresDb: TempPostgres
let sqlite: PrismaClient
let postgres: PrismaClient

beforeAll(async () => {
  sqliteFile = createTempDatabase('events-both', 'sqlite')
  postgresDb = await createTempPostgres('events_both')
  sqlite = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFile.url }) })
  // The PostgreSQL client has the same API; the app types it as the SQLite one too (see client.ts).
  postgres = new PostgresClient({ adapter: new PrismaPg({ connectionString: postgresDb.url }) }) as unknown as PrismaClient
})

afterAll(async () => {
  await sqlite?.$disconnect()
  await postgres?.$disconnect()
  sqliteFile?.remove()
  await postgresDb?.remove()
})

async function storeOnBoth(events: Parameters<typeof storeEvents>[1]) {
  for (const db of [sqlite, postgres]) {
    await clearEvents(db)
    await storeEvents(db, events)
  }
}

describe('the events computation on SQLite and PostgreSQL', () => {
  it('runs each client in its own dialect', () => {
    expect([dialectOf(sqlite), dialectOf(postgres)]).toEqual(['sqlite', 'postgresql'])
  })

  for (const timeZone of ['Asia/Tokyo', 'America/New_York']) {
    it(`gives the same eight figures and n for random event sets in ${timeZone}`, async () => {
      const now = new Date('2027-01-15T00:00:00Z')
      let compared = 0
      await fc.assert(
        fc.asyncProperty(eventSet(timeZone), async (events) => {
          await storeOnBoth(events)
          for (const scope of ['org', 'team-a', 'team-b']) {
            const onSqlite = await computeQuarterFigures(scope, QUARTER, timeZone, sqlite, now)
            const onPostgres = await computeQuarterFigures(scope, QUARTER, timeZone, postgres, now)
            expect(onPostgres, `${scope} in ${timeZone}`).toEqual(onSqlite)
            expect(onSqlite).toHaveLength(8)
            compared += onSqlite.filter((f) => f.value !== null).length
          }
        }),
        { numRuns: 25 },
      )
      expect(compared).toBeGreaterThan(0)
    })
  }

  it('takes the same exact median on both whichever path answers (one scan, sampled bracket, fallback)', async () => {
    const WINDOW = { start: new Date('2026-07-01T00:00:00Z'), end: new Date('2026-10-01T00:00:00Z') }
    const tunings: MedianTuning[] = [
      { exactUpTo: 150, sampleSize: 40, marginSd: 6, run: 4 },
      { exactUpTo: 0, sampleSize: 40, marginSd: 6, run: 4 },
      { exactUpTo: 0, sampleSize: 3, marginSd: 0, run: 1 },
    ]
    const durations = fc.array(fc.integer({ min: -5_000, max: 10_000_000 }), { minLength: 1, maxLength: 300 })
    await fc.assert(
      fc.asyncProperty(durations, fc.constantFrom(...tunings), async (values, tuning) => {
        const kept = values.filter((v) => v >= 0)
        for (const db of [sqlite, postgres]) {
          await db.incident.deleteMany()
          await db.incident.createMany({
            data: values.map((ms, i) => {
              const resolvedAt = new Date(WINDOW.start.getTime() + (i % 1000) * 60_000)
              return { externalId: `m${i}`, openedAt: new Date(resolvedAt.getTime() - ms), resolvedAt, severity: 3 }
            }),
          })
          const result = await medianMs(
            db,
            {
              table: Prisma.sql`"Incident"`,
              where: Prisma.sql`"resolvedAt" >= ${WINDOW.start} AND "resolvedAt" < ${WINDOW.end}`,
              ms: msBetween(dialectOf(db), Prisma.sql`"resolvedAt"`, Prisma.sql`"openedAt"`),
              min: 0,
            },
            tuning,
          )
          expect(result, dialectOf(db)).toEqual({ ms: median(kept), n: kept.length })
        }
      }),
      { numRuns: 30 },
    )
  })
})
