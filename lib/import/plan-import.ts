import { getMetric } from '@/lib/metrics/catalogue'
import { effectiveTarget, type TargetRecord } from '@/lib/metrics/targets'
import { sameFigure, sameNumber } from '@/lib/metrics/same-number'
import { compareQuarters, fiscalLabel, type FiscalStartMonth } from '@/lib/metrics/quarters'
import type { ImportProblem } from './import-problem'
import type { ImportRow } from './validate-rows'

/** A stored figure as the plan compares it. */
export interface StoredFigure {
  scope: string
  quarter: string
  metricKey: string
  value: number | null
  n: number | null
  /** The JSON of the counts a stored rate was derived from, or null. */
  inputs: string | null
  version: number
}

/**
 * What applying a row does to its figure:
 * - new: no figure yet; changed: value or n differs; unchanged: the same value (and n, when the row
 *   gives one) is stored;
 * - kept: the file's value is blank, so the stored figure (if any) is left as it is.
 */
export type FigurePlan = 'new' | 'changed' | 'unchanged' | 'kept'

export interface PlannedRow extends ImportRow {
  figure: FigurePlan
  before: { value: number | null; n: number | null; version: number } | null
  /** The target in force before (carried over or default) when the row changes it, else undefined. */
  targetBefore?: number | null
  /** Whether a target row exists for this very quarter (it is then updated rather than created). */
  targetStored?: boolean
}

export interface ImportPlan {
  rows: PlannedRow[]
  problems: ImportProblem[]
}

export const pairKey = (scope: string, quarter: string) => `${scope}\u0000${quarter}`
const figureKey = (scope: string, quarter: string, metricKey: string) => `${scope}\u0000${quarter}\u0000${metricKey}`

function figurePlan(row: ImportRow, stored: StoredFigure | undefined): FigurePlan {
  // A blank value means "no data in this file": never 0, and never a reason to wipe a stored figure.
  if (row.value === null) return 'kept'
  if (!stored) return 'new'
  // The comparison every writer uses, so the preview counts what applying will write.
  return sameFigure(stored, { value: row.value, n: row.n, inputs: null }) ? 'unchanged' : 'changed'
}

/**
 * Compares validated rows with what is stored: which figures are new, changed or unchanged, and
 * which targets differ from the one in force (targets carry over, so a row repeating the carried
 * target changes nothing). Rows are planned oldest quarter first, so a target set by an earlier row
 * carries into the later rows of the same file. A row that changes anything in a published quarter
 * needs the restatement reason, as the entry form does.
 */
export function planImport(
  rows: readonly ImportRow[],
  existing: { figures: readonly StoredFigure[]; targets: ReadonlyMap<string, TargetRecord[]>; published: ReadonlySet<string> },
  options: { reason: string; fiscalStartMonth: FiscalStartMonth },
): ImportPlan {
  const stored = new Map(existing.figures.map((f) => [figureKey(f.scope, f.quarter, f.metricKey), f]))
  // Per scope and metric, so each lookup scans a handful of records, not every target of a large file.
  const targets = new Map<string, TargetRecord[]>()
  for (const [scope, records] of existing.targets) {
    for (const r of records) {
      const list = targets.get(pairKey(scope, r.metricKey))
      if (list) list.push(r)
      else targets.set(pairKey(scope, r.metricKey), [r])
    }
  }
  const ordered = [...rows].sort((a, b) => compareQuarters(a.quarter, b.quarter) || a.row - b.row)
  const problems: ImportProblem[] = []
  const planned = new Map<number, PlannedRow>()
  for (const row of ordered) {
    const current = stored.get(figureKey(row.scope, row.quarter, row.metricKey))
    const plan: PlannedRow = {
      ...row,
      figure: figurePlan(row, current),
      before: current ? { value: current.value, n: current.n, version: current.version } : null,
    }
    if (row.target !== null && getMetric(row.metricKey).direction !== 'none') {
      const records = targets.get(pairKey(row.scope, row.metricKey)) ?? []
      const inForce = effectiveTarget(records, row.metricKey, row.quarter)
      if (!sameNumber(inForce.value, row.target)) {
        plan.targetBefore = inForce.value
        plan.targetStored = inForce.origin === 'set'
        // Later quarters of this file then see the target this row sets (a file has each figure once).
        records.push({ quarter: row.quarter, metricKey: row.metricKey, value: row.target })
        targets.set(pairKey(row.scope, row.metricKey), records)
      }
    }
    const changes = plan.figure === 'new' || plan.figure === 'changed' || plan.targetBefore !== undefined
    if (changes && existing.published.has(pairKey(row.scope, row.quarter)) && options.reason === '') {
      const label = fiscalLabel(row.quarter, options.fiscalStartMonth)
      problems.push({
        row: row.row,
        column: 'quarter',
        message: `${label} is published for ${row.scopeSlug}: give a reason for the restatement to change it.`,
      })
    }
    planned.set(row.row, plan)
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  return { rows: rows.map((r) => planned.get(r.row) as PlannedRow), problems }
}
