import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from './generated/client'
import { PrismaClient as PostgresClient } from './generated-pg/client'
import { databaseProvider, databaseUrl } from '@/lib/config/database-url'

/**
 * The one Prisma client of the process, kept on globalThis. Next's dev server reloads modules, and
 * in production Next bundles instrumentation (which starts the recompute job) apart from the routes,
 * so a module-scoped client would be two: two SQLite connections in one process, whose write locks
 * block each other while better-sqlite3 waits out its 5 s busy timeout with the event loop stopped.
 * (Measured: every webhook delivery that met a recompute took 5.2 s instead of 60 ms.)
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; writeActivity?: WriteActivity }

/**
 * The write transactions open on this client's one connection, and how many have begun: kept with
 * the client (not in the module that counts them), so that every part of the app sharing the
 * connection sees the same counts. See write-transaction.ts and read-cache.ts.
 */
export interface WriteActivity {
  open: number
  begun: number
}

/**
 * Prisma builds its query compiler for one provider, so PostgreSQL has a client of its own,
 * generated from prisma/postgres/schema.prisma (the same datamodel). Both expose the same API over
 * the same models, so the app is typed against the SQLite client whichever one runs. Raw SQL that
 * only one database understands goes through lib/db/dialect.ts.
 */
function createClient(): PrismaClient {
  const url = databaseUrl()
  if (databaseProvider(url) === 'postgresql') {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) })
}

export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient()
export const clientWriteActivity: WriteActivity = (globalForPrisma.prisma && globalForPrisma.writeActivity) || { open: 0, begun: 0 }

globalForPrisma.prisma = prisma
globalForPrisma.writeActivity = clientWriteActivity
