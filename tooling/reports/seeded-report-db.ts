// Test support for the PDF and PPTX renderer tests: a migrated throwaway database with the demo
// data of eight quarters, and the figures and targets read straight back from it.
import { getMetric } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'
import { effectiveTarget } from '@/lib/metrics/targets'
import { targetText } from '@/lib/reports/figure-notes'
import type { ReportModel } from '@/lib/reports/report-types'
import { closeAppClient, createTempDatabase, openAppClient } from '../db/temp-database'

export const SEEDED_QUARTER = '2026-Q3'
/** A quarter left without any delivery figure, so the delivery trend has a gap. */
export const GAP_QUARTER = '2025-Q4'
export const CTO_SUMMARY = 'A steady quarter: delivery up, one reliability risk.'
/** The quarter is published by this person, and one figure restated afterwards. */
export const PUBLISHER = { email: 'grace@example.test', name: 'Grace Hopper' }
export const RESTATED = { metricKey: 'releases', newValue: 17, reason: 'Two releases were missed in the count' }

/** One figure as the database holds it, with the texts it must be shown as. */
export interface StoredFigure {
  metricKey: string
  label: string
  valueText: string
  targetText: string
  n: number | null
  source: string
  updatedDay: string
}

export interface SeededReportDb {
  report(pageSize?: 'A4' | 'LETTER'): Promise<ReportModel>
  storedFigures(): Promise<StoredFigure[]>
  /** The value of the restated figure as first published, as the report shows it. */
  publishedValue(): Promise<number | null>
  close(): Promise<void>
}

/** Creates, migrates and seeds the database; must run before any module that opens the database is imported. */
export async function openSeededReportDb(name: string): Promise<SeededReportDb> {
  const temp = createTempDatabase(name)
  const db = await openAppClient(temp)
  const { prisma } = db
  const { loadDemoData } = await import('@/lib/db/services/load-demo-data')
  const { getReport } = await import('@/lib/reports/get-report')
  const { ORG_SCOPE } = await import('@/lib/db/queries/teams')
  const { getSettings } = await import('@/lib/db/queries/settings')
  await loadDemoData(SEEDED_QUARTER, 'seed')
  await prisma.commentary.create({
    data: { scope: 'org', quarter: SEEDED_QUARTER, category: 'summary', text: CTO_SUMMARY, updatedBy: 'cto' },
  })
  const deliveryKeys = ['releases', 'release_success_rate', 'time_to_market_days', 'roadmap_delivery_rate']
  // Teams' figures too: the organisation's roll-up would otherwise fill the gap.
  await prisma.figure.deleteMany({ where: { quarter: GAP_QUARTER, metricKey: { in: deliveryKeys } } })
  // Published, then one figure restated: the restatement as the figure service records it (old, new, reason).
  await prisma.user.create({ data: { ...PUBLISHER, passwordHash: 'x', role: 'admin' } })
  await prisma.quarter.update({
    where: { scope_quarter: { scope: 'org', quarter: SEEDED_QUARTER } },
    data: { publishedAt: new Date('2026-10-06T10:00:00Z'), publishedBy: PUBLISHER.email },
  })
  const key = { scope: 'org', quarter: SEEDED_QUARTER, metricKey: RESTATED.metricKey }
  const before = await prisma.figure.findUniqueOrThrow({ where: { scope_quarter_metricKey: key } })
  await prisma.figure.update({ where: { id: before.id }, data: { value: RESTATED.newValue, version: { increment: 1 } } })
  await prisma.restatement.create({
    data: { ...key, oldValue: before.value, newValue: RESTATED.newValue, reason: RESTATED.reason, actor: PUBLISHER.email },
  })

  return {
    async report(pageSize = 'A4') {
      const model = await getReport(ORG_SCOPE, SEEDED_QUARTER, 'Test Preparer')
      return { ...model, meta: { ...model.meta, pageSize } }
    },
    async storedFigures() {
      const { currency } = await getSettings()
      const rows = await prisma.figure.findMany({ where: { scope: 'org', quarter: SEEDED_QUARTER } })
      const targets = await prisma.target.findMany({ where: { scope: 'org', quarter: { lte: SEEDED_QUARTER } } })
      return rows.map((row) => {
        const metric = getMetric(row.metricKey)
        const target = effectiveTarget(targets, row.metricKey, SEEDED_QUARTER).value
        return {
          metricKey: row.metricKey,
          label: metric.label,
          valueText: formatValue(metric, row.value, { currency }),
          targetText: targetText(metric, formatValue(metric, target, { currency }), target),
          n: row.n,
          source: row.source,
          updatedDay: row.updatedAt.toISOString().slice(0, 10),
        }
      })
    },
    async publishedValue() {
      const row = await prisma.restatement.findFirstOrThrow({
        where: { scope: 'org', quarter: SEEDED_QUARTER, metricKey: RESTATED.metricKey },
      })
      return row.oldValue
    },
    async close() {
      await closeAppClient(temp, db)
    },
  }
}
