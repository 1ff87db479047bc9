import type { Prisma } from '../generated/client'

/**
 * Records that a scope's quarter has been touched, fixing which benchmark set judges it. The set is
 * chosen once, when the quarter is first written, so a later change of the default setting does not
 * silently rescore quarters already reported.
 */
export async function ensureQuarter(
  tx: Prisma.TransactionClient,
  scope: string,
  quarter: string,
  defaultBenchmarkSet: string,
): Promise<{ publishedAt: Date | null }> {
  const row = await tx.quarter.upsert({
    where: { scope_quarter: { scope, quarter } },
    create: { scope, quarter, benchmarkSet: defaultBenchmarkSet },
    update: {},
    select: { publishedAt: true },
  })
  return row
}
