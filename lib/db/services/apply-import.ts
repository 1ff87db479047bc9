import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { getSettings } from '../queries/settings'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { changeFigures, type FigureChange, type FigureChangeContext } from './change-figures'
import { changeTargets } from './change-targets'
import type { Actor } from '@/lib/auth/roles'
import { importableCategories } from '@/lib/import/import-access'
import type { ImportProblem } from '@/lib/import/import-problem'
import type { RawRow } from '@/lib/import/parse-file'
import { pairKey, planImport, type ImportPlan, type PlannedRow, type StoredFigure } from '@/lib/import/plan-import'
import { compareQuarters } from '@/lib/metrics/quarters'
import { validateRows } from '@/lib/import/validate-rows'
import type { TargetRecord } from '@/lib/metrics/targets'
import { touchedScorecards, type TouchedScorecard } from '@/lib/import/touched-scorecards'

type Db = Prisma.TransactionClient

/** A parsed file as the service takes it: raw rows, never rows a browser claims are valid. */
export interface ImportRequest {
  fileName: string
  rows: readonly RawRow[]
  decimalComma: boolean
  /** Problems found while reading the file (an unclosed quote …): they block the import too. */
  fileProblems: readonly ImportProblem[]
  /** Why published quarters change (a restatement); '' when none do. */
  reason: string
}

export interface ImportCheck extends ImportPlan {
  skipped: number[]
}

export interface ImportCounts {
  /** Rows that carry a figure value. */
  figures: number
  changed: number
  unchanged: number
  targetsChanged: number
  skipped: number
}

export type ApplyResult =
  { ok: true; counts: ImportCounts; scorecards: TouchedScorecard[] } | { ok: false; problems: ImportProblem[]; check: ImportCheck }

/** Where a long apply has got to, for the progress line. */
export type ApplyPhase = { phase: 'checking' } | { phase: 'writing'; done: number; total: number }

class RefusedError extends Error {
  constructor(
    readonly check: ImportCheck,
    readonly problems: ImportProblem[],
  ) {
    super('import refused')
  }
}

// Rows per statement, and scopes per query: well under the driver's limit on bound parameters.
const CHUNK = 500

function chunks<T>(items: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK))
}

/** Validates the rows against the database of this moment and plans each one. Reads only. */
async function check(db: Db, request: ImportRequest, actor: Actor): Promise<ImportCheck> {
  const [settings, teams] = await Promise.all([getSettings(db), db.team.findMany({ select: { id: true, slug: true, archivedAt: true } })])
  const validated = validateRows(request.rows, {
    teams: teams.map((t) => ({ id: t.id, slug: t.slug, archived: t.archivedAt !== null })),
    fiscalStartMonth: settings.fiscalStartMonth,
    categories: importableCategories(actor),
    decimalComma: request.decimalComma,
  })
  const scopes = [...new Set(validated.rows.map((r) => r.scope))]
  const quarters = validated.rows.map((r) => r.quarter).sort()
  // Quarter keys of four-digit years sort as text (save-category-entry relies on it too). A range,
  // not a list: a file spanning thousands of quarters would exceed the driver's parameter limit.
  const span = { gte: quarters[0] ?? '', lte: quarters.at(-1) ?? '' }
  const [figures, targetRows, published] = [[], [], []] as [
    StoredFigure[],
    (TargetRecord & { scope: string })[],
    { scope: string; quarter: string }[],
  ]
  for (const chunk of chunks(scopes)) {
    const scope = { in: chunk }
    figures.push(
      ...(await db.figure.findMany({
        where: { scope, quarter: span },
        select: { scope: true, quarter: true, metricKey: true, value: true, n: true, inputs: true, version: true },
      })),
    )
    targetRows.push(
      ...(await db.target.findMany({
        where: { scope, quarter: { lte: span.lte } },
        select: { scope: true, quarter: true, metricKey: true, value: true },
      })),
    )
    published.push(
      ...(await db.quarter.findMany({
        where: { scope, quarter: span, publishedAt: { not: null } },
        select: { scope: true, quarter: true },
      })),
    )
  }
  const targets = new Map<string, TargetRecord[]>()
  for (const t of targetRows) {
    const list = targets.get(t.scope)
    if (list) list.push(t)
    else targets.set(t.scope, [t])
  }
  const plan = planImport(
    validated.rows,
    { figures, targets, published: new Set(published.map((q) => pairKey(q.scope, q.quarter))) },
    { reason: request.reason, fiscalStartMonth: settings.fiscalStartMonth },
  )
  const problems = [...request.fileProblems, ...validated.problems, ...plan.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  return { rows: plan.rows, problems, skipped: validated.skipped }
}

/** What the preview shows: every row's plan and every problem. Nothing is written. */
export async function previewImport(request: ImportRequest, actor: Actor): Promise<ImportCheck> {
  return check(prisma, request, actor)
}

/** Importing rows: figures through the one figure-change service, 500 at a time so the progress line moves. */
async function writeFigures(
  tx: Db,
  rows: readonly PlannedRow[],
  fileName: string,
  context: FigureChangeContext,
  progress: (n: number) => void,
): Promise<void> {
  for (const chunk of chunks(rows)) {
    const changes: FigureChange[] = chunk.map((row) => ({
      scope: row.scope,
      quarter: row.quarter,
      metricKey: row.metricKey,
      value: row.value,
      n: row.n,
      inputs: null,
      source: 'import',
      sourceRef: fileName,
      // Planned from what this transaction read: a figure at another version now would be a bug.
      expectedVersion: row.before?.version ?? 0,
    }))
    const outcomes = await changeFigures(tx, changes, context)
    if (outcomes.some((o) => o.status === 'conflict')) throw new Error('import: a figure changed between the check and the write')
    progress(chunk.length)
  }
}

/** Targets that differ from the one in force, oldest quarter first so each carries into the next chunk. */
async function writeTargets(
  tx: Db,
  rows: readonly PlannedRow[],
  context: FigureChangeContext,
  progress: (n: number) => void,
): Promise<void> {
  const ordered = [...rows].sort((a, b) => compareQuarters(a.quarter, b.quarter))
  for (const chunk of chunks(ordered)) {
    await changeTargets(
      tx,
      chunk.map((row) => ({ scope: row.scope, quarter: row.quarter, metricKey: row.metricKey, value: row.target })),
      { ...context, source: 'import' },
    )
    progress(chunk.length)
  }
}

/**
 * Applies an import file: all or nothing, in ONE transaction. The rows are checked again inside it
 * (against the database of that moment, under the write lock), so a preview gone stale cannot slip
 * anything through; any problem refuses the whole file and nothing is written. Only figures whose
 * value or n differ are written (source "import", the file name as sourceRef, version + 1, an audit
 * event each), and only targets that differ from the one in force, so applying the same file twice
 * changes nothing the second time: one "import.apply" event records the attempt and its counts.
 * A row changing a published quarter is a restatement, with the reason given (as in the entry form).
 * Event-computed figures are not marked stale: an imported figure is a person's figure.
 */
export async function applyImport(
  request: ImportRequest,
  actor: Actor,
  onPhase: (phase: ApplyPhase) => void = () => {},
): Promise<ApplyResult> {
  try {
    return await writeTransaction(
      async (tx) => {
        onPhase({ phase: 'checking' })
        const checked = await check(tx, request, actor)
        if (checked.problems.length > 0) throw new RefusedError(checked, checked.problems)
        const figureRows = checked.rows.filter((r) => r.figure === 'new' || r.figure === 'changed')
        const targetRows = checked.rows.filter((r) => r.targetBefore !== undefined)
        const total = figureRows.length + targetRows.length
        let done = 0
        // Reported at every 500 rows written, as the progress line expects.
        const progress = (n: number) => {
          for (let mark = (Math.floor(done / CHUNK) + 1) * CHUNK; mark <= done + n; mark += CHUNK)
            onPhase({ phase: 'writing', done: mark, total })
          done += n
        }
        // The reason is recorded only on changes to published quarters (the change services decide which).
        const context = { actor: actor.email, reason: request.reason }
        await writeFigures(tx, figureRows, request.fileName, context, progress)
        await writeTargets(tx, targetRows, context, progress)
        const figures = checked.rows.filter((r) => r.figure !== 'kept')
        const counts: ImportCounts = {
          figures: figures.length,
          changed: figures.filter((r) => r.figure !== 'unchanged').length,
          unchanged: figures.filter((r) => r.figure === 'unchanged').length,
          targetsChanged: checked.rows.filter((r) => r.targetBefore !== undefined).length,
          skipped: checked.skipped.length,
        }
        await appendAudit(tx, {
          actor: actor.email,
          action: 'import.apply',
          entity: 'import',
          entityId: request.fileName,
          after: {
            fileName: request.fileName,
            rows: request.rows.length,
            ...counts,
            ...(request.reason ? { reason: request.reason } : {}),
          },
        })
        // Rows that wrote nothing new still name a scorecard the file is about: the link says where to look.
        const scorecards = touchedScorecards(checked.rows.filter((r) => r.figure !== 'kept' || r.targetBefore !== undefined))
        return { ok: true as const, counts, scorecards }
      },
      // Thousands of rows take longer than Prisma's 5 s default; the write lock is held throughout.
      { timeout: 300_000, maxWait: 20_000 },
    )
  } catch (error) {
    if (error instanceof RefusedError) return { ok: false, problems: error.problems, check: error.check }
    throw error
  }
}
