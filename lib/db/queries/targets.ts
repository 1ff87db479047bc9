import { prisma } from '../client'
import type { TargetRecord } from '@/lib/metrics/targets'

/** Every target set for a scope up to and including `lastQuarter`; carry-over is resolved by lib/metrics/targets. */
export async function listTargetRecords(scope: string, lastQuarter: string): Promise<TargetRecord[]> {
  // Quarter keys are "YYYY-Qn" with a four-digit year, so string order is time order.
  // Raw SQL: read on every first view after a change, where Prisma 6.19 compiling a model query's plan costs more than the read.
  return prisma.$queryRaw<TargetRecord[]>`
    SELECT "quarter", "metricKey", "value" FROM "Target" WHERE "scope" = ${scope} AND "quarter" <= ${lastQuarter}`
}
