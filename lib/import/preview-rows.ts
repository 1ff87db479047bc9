import { getMetric, isMetricKey } from '@/lib/metrics/catalogue'
import { numberText } from '@/lib/validation/number-input'
import type { Cell, ImportColumn } from './import-columns'
import type { ImportProblem } from './import-problem'
import type { RawRow } from './parse-file'
import type { PlannedRow } from './plan-import'

/** One row of the preview table: the cells as the file has them and what applying would do. */
export interface PreviewRow {
  row: number
  cells: Record<ImportColumn, string>
  status: 'new' | 'changed' | 'unchanged' | 'kept' | 'skipped' | 'problem'
  /** The status in words, e.g. "Changes 99.5 → 99.9; target 99.5 → 99.9". */
  detail: string
}

export interface PreviewSummary {
  rows: number
  new: number
  changed: number
  unchanged: number
  targets: number
  skipped: number
  problemRows: number
}

const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell))
const num = (value: number | null) => (value === null ? 'blank' : numberText(value))

function plannedDetail(plan: PlannedRow): string {
  const label = isMetricKey(plan.metricKey) ? getMetric(plan.metricKey).label : plan.metricKey
  const figure = {
    new: `New figure for ${label}`,
    changed: `Changes ${num(plan.before?.value ?? null)} → ${num(plan.value)}${plan.before?.n !== plan.n ? ` (n ${plan.before?.n ?? 'blank'} → ${plan.n ?? 'blank'})` : ''}`,
    unchanged: 'Unchanged',
    kept: plan.before ? `Value blank: the stored ${num(plan.before.value)} is kept` : 'Value blank: no figure',
  }[plan.figure]
  return plan.targetBefore === undefined ? figure : `${figure}; target ${num(plan.targetBefore)} → ${num(plan.target)}`
}

/** The preview table's rows in file order, with counts over all of them. */
export function previewRows(
  raw: readonly RawRow[],
  planned: readonly PlannedRow[],
  skipped: readonly number[],
  problems: readonly ImportProblem[],
): { rows: PreviewRow[]; summary: PreviewSummary } {
  const byRow = new Map(planned.map((p) => [p.row, p]))
  const skip = new Set(skipped)
  const problemCount = new Map<number, number>()
  for (const p of problems) if (p.row !== null) problemCount.set(p.row, (problemCount.get(p.row) ?? 0) + 1)
  const summary: PreviewSummary = { rows: raw.length, new: 0, changed: 0, unchanged: 0, targets: 0, skipped: 0, problemRows: 0 }
  const rows = raw.map((r): PreviewRow => {
    const cells = {
      quarter: text(r.cells.quarter),
      scope: text(r.cells.scope),
      'metric key': text(r.cells['metric key']),
      value: text(r.cells.value),
      n: text(r.cells.n),
      target: text(r.cells.target),
    }
    const count = problemCount.get(r.row)
    if (count) {
      summary.problemRows++
      return { row: r.row, cells, status: 'problem', detail: count === 1 ? '1 problem' : `${count} problems` }
    }
    if (skip.has(r.row)) {
      summary.skipped++
      return { row: r.row, cells, status: 'skipped', detail: 'Skipped: no value, n or target' }
    }
    const plan = byRow.get(r.row)
    if (!plan) return { row: r.row, cells, status: 'problem', detail: 'Not checked' }
    if (plan.figure === 'new' || plan.figure === 'changed' || plan.figure === 'unchanged') summary[plan.figure]++
    if (plan.targetBefore !== undefined) summary.targets++
    return { row: r.row, cells, status: plan.figure, detail: plannedDetail(plan) }
  })
  return { rows, summary }
}
