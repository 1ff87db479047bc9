import { prisma } from '../client'
import { cachedRead } from '../read-cache'

/** Commentary of one scope and quarter, keyed by category (and "summary"). */
export const getCommentary = cachedRead('commentary', async (scope: string, quarter: string): Promise<Record<string, string>> => {
  const rows = await prisma.commentary.findMany({ where: { scope, quarter } })
  return Object.fromEntries(rows.map((r) => [r.category, r.text]))
})
