import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { getSettings } from '../queries/settings'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { ensureQuarter } from './ensure-quarter'
import type { Actor } from '@/lib/auth/roles'
import { importableCategories } from '@/lib/import/import-access'
import type { ImportProblem } from '@/lib/import/import-problem'
import type { RawRow } from '@/lib/import/parse-file'
import { pairKey, planImport, sameNumber, type ImportPlan, type PlannedRow, type StoredFigure } from '@/lib/import/plan-import'
import { validateRows } from '@/lib/import/validate-rows'
import type { TargetRecord } from '@/lib/metrics/targets'

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

export type ApplyResult = { ok: true; counts: ImportCounts } | { ok: false; problems: ImportProblem[]; check: ImportCheck }

/** Where a long apply has got to, for the progress line. */
export type ApplyPhase = { phase: 'checking' } | { phase: 'writing'; done: number; total: number }

class RefusedError extends Error {
  constructor(readonly check: ImportCheck, readonly problems: ImportProblem[]) {
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
  const [settings, teams] = await Promise.all([
    getSettings(db),
    db.team.findMany({ select: { id: true, slug: true, archivedAt: true } }),
  ])
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
  const [figures, targetRows, published] = [[], [], []] as [StoredFigure[], (TargetRecord & { scope: string })[], { scope: string; quarter: string }[]]
  for (const chunk of chunks(scopes)) {
    const scope = { in: chunk }
    figures.push(...(await db.figure.findMany({ where: { scope, quarter: span }, select: { scope: true, quarter: true, metricKey: true, value: true, n: true, version: true } })))
    targetRows.push(...(await db.target.findMany({ where: { scope, quarter: { lte: span.lte } }, select: { scope: true, quarter: true, metricKey: true, value: true } })))
    published.push(...(await db.quarter.findMany({ where: { scope, quarter: span, publishedAt: { not: null } }, select: { scope: true, quarter: true } })))
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

/** An audit event as appendAudit stores it. */
type AuditRow = { actor: string; action: string; entity: string; entityId: string; before: string | null; after: string | null }

const entityId = (row: PlannedRow) => `${row.scope}/${row.quarter}/${row.metricKey}`

/**
 * The figure writes of the import with their audit events (as a manual save records them, plus the
 * file name), and the restatements of published quarters. New rows go in with one statement per 500
 * rows, since a file may hold thousands; a changed figure is one update each (each has its own values).
 */
async function writeFigures(tx: Db, rows: readonly PlannedRow[], fileName: string, actor: string, restating: (row: PlannedRow) => string | null, progress: () => void): Promise<AuditRow[]> {
  const data = (row: PlannedRow) => ({ value: row.value, n: row.n, inputs: null, source: 'import', sourceRef: fileName, updatedBy: actor })
  for (const chunk of chunks(rows.filter((r) => r.figure === 'new'))) {
    await tx.figure.createMany({ data: chunk.map((row) => ({ ...data(row), scope: row.scope, quarter: row.quarter, metricKey: row.metricKey })) })
    for (let i = 0; i < chunk.length; i++) progress()
  }
  for (const row of rows.filter((r) => r.figure === 'changed')) {
    const where = { scope_quarter_metricKey: { scope: row.scope, quarter: row.quarter, metricKey: row.metricKey } }
    await tx.figure.update({ where, data: { ...data(row), version: { increment: 1 } } })
    progress()
  }
  const restated = rows.filter((r) => restating(r) !== null && !sameNumber(r.before?.value ?? null, r.value))
  for (const chunk of chunks(restated)) {
    await tx.restatement.createMany({
      data: chunk.map((row) => ({ scope: row.scope, quarter: row.quarter, metricKey: row.metricKey, oldValue: row.before?.value ?? null, newValue: row.value, reason: restating(row) ?? '', actor })),
    })
  }
  return rows.map((row) => {
    const reason = restating(row)
    const after = { value: row.value, n: row.n, source: 'import', sourceRef: fileName, version: (row.before?.version ?? 0) + 1, ...(reason !== null ? { reason } : {}) }
    return {
      actor,
      action: reason !== null ? 'figure.restate' : row.before ? 'figure.update' : 'figure.create',
      entity: 'figure',
      entityId: entityId(row),
      before: row.before ? JSON.stringify(row.before) : null,
      after: JSON.stringify(after),
    }
  })
}

/** Targets that differ from the one in force: created, or updated where this quarter already has one. */
async function writeTargets(tx: Db, rows: readonly PlannedRow[], actor: string, restating: (row: PlannedRow) => string | null, progress: () => void): Promise<AuditRow[]> {
  for (const chunk of chunks(rows.filter((r) => !r.targetStored))) {
    await tx.target.createMany({ data: chunk.map((row) => ({ scope: row.scope, quarter: row.quarter, metricKey: row.metricKey, value: row.target, updatedBy: actor })) })
    for (let i = 0; i < chunk.length; i++) progress()
  }
  for (const row of rows.filter((r) => r.targetStored)) {
    const where = { scope_quarter_metricKey: { scope: row.scope, quarter: row.quarter, metricKey: row.metricKey } }
    await tx.target.update({ where, data: { value: row.target, updatedBy: actor, isDemo: false } })
    progress()
  }
  return rows.map((row) => {
    const reason = restating(row)
    return {
      actor,
      action: 'target.set',
      entity: 'target',
      entityId: entityId(row),
      before: JSON.stringify({ value: row.targetBefore ?? null }),
      after: JSON.stringify({ value: row.target, source: 'import', ...(reason !== null ? { reason } : {}) }),
    }
  })
}

/**
 * The events appendAudit would append one by one, in one statement per 500: an import may carry
 * thousands. Same columns, same JSON, append only.
 */
async function appendAuditRows(tx: Db, rows: readonly AuditRow[]): Promise<void> {
  for (const chunk of chunks(rows)) await tx.auditEvent.createMany({ data: chunk })
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
        const settings = await getSettings(tx)
        const changing = checked.rows.filter((r) => r.figure === 'new' || r.figure === 'changed' || r.targetBefore !== undefined)
        const publishedAt = new Map<string, Date | null>()
        for (const row of changing) {
          const key = pairKey(row.scope, row.quarter)
          if (!publishedAt.has(key)) publishedAt.set(key, (await ensureQuarter(tx, row.scope, row.quarter, settings.defaultBenchmarkSet)).publishedAt)
        }
        const restating = (row: PlannedRow) => (publishedAt.get(pairKey(row.scope, row.quarter)) ? request.reason : null)
        const figureRows = changing.filter((r) => r.figure === 'new' || r.figure === 'changed')
        const targetRows = changing.filter((r) => r.targetBefore !== undefined)
        const total = figureRows.length + targetRows.length
        let done = 0
        const progress = () => {
          if (++done % CHUNK === 0) onPhase({ phase: 'writing', done, total })
        }
        const events = [
          ...(await writeFigures(tx, figureRows, request.fileName, actor.email, restating, progress)),
          ...(await writeTargets(tx, targetRows, actor.email, restating, progress)),
        ]
        await appendAuditRows(tx, events)
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
          after: { fileName: request.fileName, rows: request.rows.length, ...counts, ...(request.reason ? { reason: request.reason } : {}) },
        })
        return { ok: true as const, counts }
      },
      // Thousands of rows take longer than Prisma's 5 s default; the write lock is held throughout.
      { timeout: 300_000, maxWait: 20_000 },
    )
  } catch (error) {
    if (error instanceof RefusedError) return { ok: false, problems: error.problems, check: error.check }
    throw error
  }
}
