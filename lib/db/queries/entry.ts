import { prisma } from '../client'
import { metricsInCategory } from '@/lib/metrics/catalogue'
import type { CategoryKey } from '@/lib/metrics/categories'
import { previousQuarter } from '@/lib/metrics/quarters'
import { effectiveTarget, type EffectiveTarget } from '@/lib/metrics/targets'
import { listComputedFigures, type ComputedFact } from './computed-figures'
import { listFigures } from './figures'
import { listTargetRecords } from './targets'

/** A stored figure as the entry form shows it (plain data, so it can cross to the browser). */
export interface EntryFigure {
  value: number | null
  n: number | null
  inputs: Record<string, number> | null
  source: string
  updatedBy: string | null
  /** ISO 8601, UTC. */
  updatedAt: string
  version: number
}

/** Everything one category's entry form needs for a scope and quarter. */
export interface EntryFormData {
  /** The stored figures of the quarter, by metric key; a metric with no row is absent. */
  figures: Record<string, EntryFigure>
  /** Last quarter's figures, for reference. */
  previous: Record<string, { value: number | null; n: number | null }>
  /** The target that applies to each scored metric this quarter (set, carried over or default). */
  targets: Record<string, EffectiveTarget>
  commentary: string
  /** Set once the quarter is published: a change is then a restatement and needs a reason. ISO 8601. */
  publishedAt: string | null
  /** The publisher's name (their email when the account is gone). */
  publishedBy: string | null
  /** Values computed from events for this quarter, by metric key: shown beside the field they would fill. */
  computed: Record<string, ComputedFact>
}

export async function getEntryFormData(scope: string, quarter: string, category: CategoryKey): Promise<EntryFormData> {
  const metrics = metricsInCategory(category)
  const keys = new Set(metrics.map((m) => m.key))
  const last = previousQuarter(quarter)
  const [computed, figures, targetRecords, commentary, quarterRow] = await Promise.all([
    listComputedFigures(scope, quarter),
    listFigures(scope, [quarter, last]),
    listTargetRecords(scope, quarter),
    prisma.commentary.findUnique({ where: { scope_quarter_category: { scope, quarter, category } }, select: { text: true } }),
    prisma.quarter.findUnique({ where: { scope_quarter: { scope, quarter } }, select: { publishedAt: true, publishedBy: true } }),
  ])
  const mine = figures.filter((f) => keys.has(f.metricKey))
  const publisher = quarterRow?.publishedBy
    ? await prisma.user.findUnique({ where: { email: quarterRow.publishedBy }, select: { name: true } })
    : null
  return {
    figures: Object.fromEntries(
      mine
        .filter((f) => f.quarter === quarter)
        .map((f) => [
          f.metricKey,
          {
            value: f.value,
            n: f.n,
            inputs: f.inputs,
            source: f.source,
            updatedBy: f.updatedBy,
            updatedAt: f.updatedAt.toISOString(),
            version: f.version,
          },
        ]),
    ),
    previous: Object.fromEntries(mine.filter((f) => f.quarter === last).map((f) => [f.metricKey, { value: f.value, n: f.n }])),
    targets: Object.fromEntries(metrics.map((m) => [m.key, effectiveTarget(targetRecords, m.key, quarter)])),
    commentary: commentary?.text ?? '',
    publishedAt: quarterRow?.publishedAt?.toISOString() ?? null,
    publishedBy: quarterRow?.publishedAt ? (publisher?.name ?? quarterRow.publishedBy ?? null) : null,
    computed: Object.fromEntries(Object.entries(computed).filter(([key]) => keys.has(key))),
  }
}
