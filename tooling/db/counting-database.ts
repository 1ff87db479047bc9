import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { Prisma, PrismaClient } from '@/lib/db/generated/client'
import { createTempDatabase } from './temp-database'

/** Prisma operations that change rows; everything else only reads. */
const WRITES = new Set([
  'create',
  'createMany',
  'createManyAndReturn',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'upsert',
  'delete',
  'deleteMany',
  '$executeRaw',
  '$executeRawUnsafe',
])

/** How many queries the code under test sent, split into reads and writes. */
export interface QueryCount {
  reads: number
  writes: number
}

/** Every row of every table, by model name: compared before and after to prove nothing changed. */
export type Snapshot = Record<string, unknown[]>

export interface CountingDatabase {
  prisma: PrismaClient
  /** Queries sent while `run` ran (the snapshot's own reads are not counted). */
  count<T>(run: () => Promise<T>): Promise<{ result: T; queries: QueryCount }>
  snapshot(): Promise<Snapshot>
  rowCounts(): Promise<Record<string, number>>
  close(): Promise<void>
}

type Delegate = { findMany(args?: object): Promise<unknown[]>; count(): Promise<number> }

function delegate(client: PrismaClient, model: string): Delegate {
  const name = model.charAt(0).toLowerCase() + model.slice(1)
  return (client as unknown as Record<string, Delegate>)[name]
}

/**
 * A throwaway database (createTempDatabase), installed as the app's Prisma client
 * (lib/db/client.ts reuses globalThis.prisma), wrapped so a test can count the reads and writes the
 * code under test sends. Call before importing anything that imports lib/db/client.
 */
export async function openCountingDatabase(prefix: string): Promise<CountingDatabase> {
  const temp = createTempDatabase(prefix)
  const { url } = temp
  process.env.DATABASE_URL = url

  const counter = { on: false, reads: 0, writes: 0 }
  const base = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) })
  const counted = base.$extends({
    query: {
      async $allOperations({ operation, args, query }) {
        const result = await query(args)
        // A raw statement that changed no row (the import's write lock) took a lock but wrote nothing.
        const wrote = WRITES.has(operation) && !(operation.startsWith('$executeRaw') && result === 0)
        if (counter.on) {
          if (wrote) counter.writes++
          else counter.reads++
        }
        return result
      },
    },
  }) as unknown as PrismaClient
  ;(globalThis as { prisma?: PrismaClient }).prisma = counted
  const { prisma } = await import('@/lib/db/client')
  if (prisma !== counted) throw new Error('lib/db/client was imported before the temporary database was installed')

  const models = Object.values(Prisma.ModelName)
  return {
    prisma: counted,
    async count(run) {
      counter.on = true
      counter.reads = 0
      counter.writes = 0
      try {
        const result = await run()
        return { result, queries: { reads: counter.reads, writes: counter.writes } }
      } finally {
        counter.on = false
      }
    },
    async snapshot() {
      const entries = await Promise.all(models.map(async (m) => [m, await delegate(base, m).findMany()] as const))
      return Object.fromEntries(entries)
    },
    async rowCounts() {
      const entries = await Promise.all(models.map(async (m) => [m, await delegate(base, m).count()] as const))
      return Object.fromEntries(entries)
    },
    async close() {
      await base.$disconnect()
      delete (globalThis as { prisma?: PrismaClient }).prisma
      temp.remove()
    },
  }
}
