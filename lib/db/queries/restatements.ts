import { prisma } from '../client'
import { cachedRead } from '../read-cache'

/** Who published a scope's quarter, and when. */
export interface Publication {
  publishedAt: Date
  /** The publisher's email, as recorded. */
  publishedBy: string
  /** Their name today, when the account still exists. */
  publishedByName: string | null
}

/** The publication of a scope's quarter, or null while it is not published. */
export const getPublication = cachedRead('publication', async (scope: string, quarter: string): Promise<Publication | null> => {
  const row = await prisma.quarter.findUnique({
    where: { scope_quarter: { scope, quarter } },
    select: { publishedAt: true, publishedBy: true },
  })
  if (!row?.publishedAt) return null
  const publishedBy = row.publishedBy ?? 'unknown'
  const user = row.publishedBy ? await prisma.user.findUnique({ where: { email: row.publishedBy }, select: { name: true } }) : null
  return { publishedAt: row.publishedAt, publishedBy, publishedByName: user?.name ?? null }
})

/** Whether a scope's quarter is published (locked), for checks that need nothing more. */
export async function isQuarterPublished(scope: string, quarter: string): Promise<boolean> {
  const row = await prisma.quarter.findUnique({ where: { scope_quarter: { scope, quarter } }, select: { publishedAt: true } })
  return Boolean(row?.publishedAt)
}

/** The latest restatement of a figure, and how many there were: what a "Restated" mark tells. */
export interface RestatementMark {
  count: number
  /** The value before the first restatement: what was published. */
  publishedValue: number | null
  newValue: number | null
  reason: string
  actor: string
  at: Date
}

/** The restated figures of a scope's quarter, by metric key; figures never restated are absent. */
export const listRestatementMarks = cachedRead(
  'restatement-marks',
  async (scope: string, quarter: string): Promise<Record<string, RestatementMark>> => {
    // Raw SQL, as for figures (figures.ts): a model query's plan costs more to compile than this read.
    const rows = await prisma.$queryRaw<
      { metricKey: string; oldValue: number | null; newValue: number | null; reason: string; actor: string; at: Date }[]
    >`SELECT "metricKey", "oldValue", "newValue", "reason", "actor", "at" FROM "Restatement"
      WHERE "scope" = ${scope} AND "quarter" = ${quarter} ORDER BY "at", "id"`
    const marks: Record<string, RestatementMark> = {}
    for (const row of rows) {
      // Oldest first, so the last one written for a metric is its latest.
      const earlier = marks[row.metricKey]
      marks[row.metricKey] = {
        count: (earlier?.count ?? 0) + 1,
        publishedValue: earlier ? earlier.publishedValue : row.oldValue,
        newValue: row.newValue,
        reason: row.reason,
        actor: row.actor,
        at: row.at,
      }
    }
    return marks
  },
)
