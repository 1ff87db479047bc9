import { prisma } from '../client'
import { Prisma } from '../generated/client'
import { cachedRead } from '../read-cache'

export interface QuarterRow {
  quarter: string
  benchmarkSet: string
  publishedAt: Date | null
  publishedBy: string | null
}

/** The recorded state (benchmark set, publication) of a scope's quarters; untouched quarters have no row. */
export async function listQuarterRows(scope: string, quarters: readonly string[]): Promise<QuarterRow[]> {
  if (quarters.length === 0) return []
  // Raw SQL, as for figures (figures.ts): a model query's plan costs more to compile than this read.
  return prisma.$queryRaw<QuarterRow[]>`
    SELECT "quarter", "benchmarkSet", "publishedAt", "publishedBy" FROM "Quarter"
    WHERE "scope" = ${scope} AND "quarter" IN (${Prisma.join([...quarters])})`
}

/** The newest quarter that has any figure, across all scopes; null on an empty database. */
export const getLatestQuarterWithData = cachedRead('latest-quarter', async (): Promise<string | null> => {
  const [row] = await prisma.$queryRaw<{ quarter: string }[]>`
    SELECT "quarter" FROM "Figure" WHERE "value" IS NOT NULL ORDER BY "quarter" DESC LIMIT 1`
  return row?.quarter ?? null
})
