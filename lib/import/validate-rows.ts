import type { z } from 'zod'
import { CATALOGUE, getMetric, isMetricKey, isScored, valueMax, type MetricDef, type MetricKey } from '@/lib/metrics/catalogue'
import { getCategory, type CategoryKey } from '@/lib/metrics/categories'
import type { FiscalStartMonth, QuarterKey } from '@/lib/metrics/quarters'
import { countInputSchema, unitValueSchema } from '@/lib/validation/number-input'
import type { Cell, ImportColumn } from './import-columns'
import type { ImportProblem } from './import-problem'
import type { RawRow } from './parse-file'
import { numberCell } from './number-cell'
import { parseQuarterCell } from './quarter-cell'
import { mixProblems } from './mix-rows'

/** A row that passed every check: what apply-import writes. Blank value and n are null, never 0. */
export interface ImportRow {
  row: number
  /** The team's id, or "org": what figures are stored under. */
  scope: string
  /** As written in the file (org or the team's slug), for the preview. */
  scopeSlug: string
  quarter: QuarterKey
  metricKey: MetricKey
  value: number | null
  n: number | null
  /** Null: the file gives no target, so the target in force is left as it is. */
  target: number | null
}

export interface ValidationContext {
  /** Every team, archived ones included, so an archived team gets its own message. */
  teams: readonly { id: string; slug: string; archived: boolean }[]
  fiscalStartMonth: FiscalStartMonth
  /** The categories this person may edit (a category owner: only theirs). */
  categories: readonly CategoryKey[]
  decimalComma: boolean
}

export interface Validated {
  rows: ImportRow[]
  /** Rows with no value, n or target (an untouched template row): nothing to import. */
  skipped: number[]
  problems: ImportProblem[]
}

// n is an Int column: a larger number would not fit.
const N_MAX = 2_147_483_647
const nSchema = countInputSchema('n')

// One schema per metric (and per target), built on first use: a large file reuses them thousands of times.
const schemas = new Map<string, ReturnType<typeof unitValueSchema>>()
function schemaFor(metric: MetricDef, kind: 'value' | 'target') {
  const key = `${kind}:${metric.key}`
  let schema = schemas.get(key)
  if (!schema) {
    schema = unitValueSchema(kind === 'value' ? metric.label : `The target for ${metric.label}`, metric.unit, valueMax(metric))
    schemas.set(key, schema)
  }
  return schema
}

const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim())

function checked<T>(schema: z.ZodType<T>, cell: unknown, report: (message: string) => void): T | undefined {
  const result = schema.safeParse(cell)
  if (result.success) return result.data
  report(result.error.issues[0]?.message ?? 'Not valid.')
  return undefined
}

function scopeOf(slug: string, ctx: ValidationContext): { id: string } | string {
  if (slug === '') return 'Give the scope: org, or a team’s slug.'
  if (slug === 'org') return { id: 'org' }
  const team = ctx.teams.find((t) => t.slug === slug)
  if (!team) return `No team has the slug “${slug}”. Use org or a team’s slug (see Teams).`
  if (team.archived) return `The team “${slug}” is archived: unarchive it under Teams to import its figures.`
  return { id: team.id }
}

function metricOf(key: string, ctx: ValidationContext): MetricDef | string {
  if (key === '') return 'Give the metric key, e.g. availability (the template lists them all).'
  if (!isMetricKey(key)) {
    // People copy the label from a report ("Uptime"): name the key it belongs to.
    const byLabel = CATALOGUE.find((m) => m.label.toLowerCase() === key)
    const hint = byLabel ? ` ${byLabel.label} has the key ${byLabel.key}.` : ' The template lists every key.'
    return `Unknown metric key “${key.slice(0, 60)}”.${hint}`
  }
  const metric = getMetric(key)
  if (!ctx.categories.includes(metric.category)) {
    const yours = ctx.categories.map((c) => getCategory(c).label).join(', ')
    return `${metric.label} is a ${getCategory(metric.category).label} figure; you may import only ${yours} figures.`
  }
  return metric
}

/** Checks one row; reports each problem and returns the row only when it has none. */
function validateRow(
  raw: RawRow,
  ctx: ValidationContext,
  report: (column: ImportColumn, message: string) => void,
): ImportRow | 'skipped' | null {
  const cells = raw.cells
  const ok: boolean[] = []
  const fail = (column: ImportColumn) => (message: string) => {
    ok.push(false)
    report(column, message)
  }
  const quarterText = text(cells.quarter)
  const quarter = quarterText === '' ? null : parseQuarterCell(quarterText, ctx.fiscalStartMonth)
  if (!quarter)
    fail('quarter')(
      quarterText === ''
        ? 'Give the quarter, e.g. 2026-Q3.'
        : `“${quarterText.slice(0, 40)}” is not a quarter: write it as 2026-Q3 or FY2026 Q3.`,
    )
  const scopeSlug = text(cells.scope).toLowerCase()
  const scope = scopeOf(scopeSlug, ctx)
  if (typeof scope === 'string') fail('scope')(scope)
  const metric = metricOf(text(cells['metric key']).toLowerCase(), ctx)
  if (typeof metric === 'string') fail('metric key')(metric)

  const valueCell = numberCell(cells.value ?? null, ctx.decimalComma)
  const nCell = numberCell(cells.n ?? null, ctx.decimalComma)
  const targetCell = numberCell(cells.target ?? null, ctx.decimalComma)
  if (text(valueCell ?? undefined) === '' && text(nCell ?? undefined) === '' && text(targetCell ?? undefined) === '') {
    return ok.length === 0 ? 'skipped' : null
  }
  const n = checked(nSchema, nCell, fail('n'))
  if (n !== undefined && n !== null && n > N_MAX) fail('n')(`n must be at most ${N_MAX.toLocaleString('en-US')}.`)
  if (typeof metric === 'string') return null
  const value = checked(schemaFor(metric, 'value'), valueCell, fail('value'))
  if (value === null && n !== null && n !== undefined) fail('n')('n is given but the value is blank: give the value too, or clear n.')
  let target: number | null | undefined = null
  if (text(targetCell ?? undefined) !== '') {
    if (!isScored(metric)) fail('target')(`${metric.label} is context only and takes no target.`)
    else target = checked(schemaFor(metric, 'target'), targetCell, fail('target'))
  }
  if (ok.length > 0 || !quarter || typeof scope === 'string' || value === undefined || n === undefined || target === undefined) return null
  return { row: raw.row, scope: scope.id, scopeSlug, quarter, metricKey: metric.key as MetricKey, value, n, target }
}

/**
 * Checks every row of a parsed file and reports each problem by row, column and message, e.g.
 * "Row 7, column value: Uptime must be between 0 and 100." Pure, so preview and apply agree and it
 * is easy to test. The rows without problems are returned either way: callers apply a file only when
 * it has none (all or nothing). A (scope, quarter, metric) given twice is a problem on its later row, and
 * so are a scope and quarter's investment shares that do not add up (mix-rows.ts).
 */
export function validateRows(rawRows: readonly RawRow[], ctx: ValidationContext): Validated {
  const problems: ImportProblem[] = []
  const rows: ImportRow[] = []
  const skipped: number[] = []
  const firstRow = new Map<string, number>()
  for (const raw of rawRows) {
    const result = validateRow(raw, ctx, (column, message) => problems.push({ row: raw.row, column, message }))
    if (result === 'skipped') skipped.push(raw.row)
    if (result === null || result === 'skipped') continue
    const key = `${result.scope}\u0000${result.quarter}\u0000${result.metricKey}`
    const first = firstRow.get(key)
    if (first !== undefined) {
      problems.push({
        row: raw.row,
        column: 'metric key',
        message: `${result.metricKey} for ${result.scopeSlug} in ${result.quarter} is already given in row ${first}; give each figure once.`,
      })
      continue
    }
    firstRow.set(key, raw.row)
    rows.push(result)
  }
  problems.push(...mixProblems(rows))
  return { rows, skipped, problems }
}
