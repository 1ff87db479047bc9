import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../lib/db/generated/client'
import { PrismaClient as PostgresClient } from '../lib/db/generated-pg/client'
import type { EventFigure } from '../lib/metrics/dora-events'
import { COMPUTE_QUARTER, COMPUTE_TIME_ZONE } from './compute-bench'
import { BENCH_TEAM } from './compute-bench-data'
import { percentile, round } from './stats'

const RUNS = 5

export interface PostgresComputeTiming {
  scope: string
  first: number
  p50: number
  max: number
  /** The same eight figures and n as computeQuarterFigures gives on the SQLite copy. */
  agree: boolean
  disagreements: string[]
}

function sameFigure(a: EventFigure, b: EventFigure | undefined): boolean {
  if (!b || a.n !== b.n) return false
  if (a.value === null || b.value === null) return a.value === b.value
  return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value))
}

/**
 * computeQuarterFigures on PostgreSQL over the events copied from the SQLite bench file: the first
 * run, then p50 and max of five, per scope; and its figures against the same call on SQLite.
 */
export async function benchComputePostgres(url: string, sqliteFile: string): Promise<PostgresComputeTiming[]> {
  // Imported here, not at the top: the app's client module must not open a database before the caller chose one.
  const { computeQuarterFigures } = await import('../lib/db/queries/event-figures')
  // Both generated clients have the same API over the same models; the app is typed against SQLite's (lib/db/client.ts).
  const postgres = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient
  const sqlite = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${sqliteFile}` }) })
  const timings: PostgresComputeTiming[] = []
  try {
    for (const scope of ['org', BENCH_TEAM(7)]) {
      const run = async () => {
        const start = performance.now()
        const figures = await computeQuarterFigures(scope, COMPUTE_QUARTER, COMPUTE_TIME_ZONE, postgres)
        return { figures, ms: performance.now() - start }
      }
      const first = await run()
      const ms: number[] = []
      for (let i = 0; i < RUNS; i++) ms.push((await run()).ms)
      const onSqlite = await computeQuarterFigures(scope, COMPUTE_QUARTER, COMPUTE_TIME_ZONE, sqlite)
      const disagreements = first.figures
        .filter(
          (f) =>
            !sameFigure(
              f,
              onSqlite.find((s) => s.metricKey === f.metricKey),
            ),
        )
        .map((f) => {
          const s = onSqlite.find((x) => x.metricKey === f.metricKey)
          return `${f.metricKey}: PostgreSQL ${f.value} (n ${f.n}), SQLite ${s?.value} (n ${s?.n})`
        })
      timings.push({
        scope,
        first: round(first.ms),
        p50: round(percentile(ms, 50)),
        max: round(Math.max(...ms)),
        agree: disagreements.length === 0 && first.figures.length === onSqlite.length,
        disagreements,
      })
    }
  } finally {
    await postgres.$disconnect()
    await sqlite.$disconnect()
  }
  return timings
}
