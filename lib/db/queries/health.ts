import { prisma } from '../client'

/** A cheap query that proves the database file is open and migrated. */
export async function countFigures(): Promise<number> {
  return prisma.figure.count()
}
