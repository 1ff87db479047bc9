import { prisma } from '../client'
import { cachedRead } from '../read-cache'

export interface QuarterRow {
  quarter: string
  benchmarkSet: string
  publishedAt: Date | null
  publishedBy: string | null
}

/** The recorded state (benchmark set, publication) of a scope's quarters; untouched quarters have no row. */
export async function listQuarterRows(scope: string, quarters: readonly string[]): Promise<QuarterRow[]> {
  return prisma.quarter.findMany({
    where: { scope, quarter: { in: [...quarters] } },
    select: { quarter: true, benchmarkSet: true, publishedAt: true, publishedBy: true },
  })
}

/** The newest quarter that has any figure, across all scopes; null on an empty database. */
export const getLatestQuarterWithData = cachedRead('latest-quarter', async (): Promise<string | null> => {
  const row = await prisma.figure.findFirst({ where: { value: { not: null } }, orderBy: { quarter: 'desc' }, select: { quarter: true } })
  return row?.quarter ?? null
})
