import { prisma } from '../client'
import type { TargetRecord } from '@/lib/metrics/targets'

/** Every target set for a scope up to and including `lastQuarter`; carry-over is resolved by lib/metrics/targets. */
export async function listTargetRecords(scope: string, lastQuarter: string): Promise<TargetRecord[]> {
  // Quarter keys are "YYYY-Qn" with a four-digit year, so string order is time order.
  const rows = await prisma.target.findMany({
    where: { scope, quarter: { lte: lastQuarter } },
    select: { quarter: true, metricKey: true, value: true },
  })
  return rows
}
