import { prisma } from '../client'
import { cachedRead } from '../read-cache'

/** Commentary of one scope and quarter, keyed by category (and "summary"). */
export const getCommentary = cachedRead('commentary', async (scope: string, quarter: string): Promise<Record<string, string>> => {
  // Raw SQL, as for figures (figures.ts): a model query's plan costs more to compile than this read.
  const rows = await prisma.$queryRaw<{ category: string; text: string }[]>`
    SELECT "category", "text" FROM "Commentary" WHERE "scope" = ${scope} AND "quarter" = ${quarter}`
  return Object.fromEntries(rows.map((r) => [r.category, r.text]))
})
