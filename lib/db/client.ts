import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from './generated/client'
import { databaseUrl } from './database-url'

/**
 * The one Prisma client of the process. Next's dev server reloads modules, so the client is kept
 * on globalThis to avoid opening a new SQLite connection on every reload.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl() })
  return new PrismaClient({ adapter })
}

export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient()

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma
