import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { effectiveTarget } from '@/lib/metrics/targets'
import { getMetric } from '@/lib/metrics/catalogue'
import { REASON_REQUIRED, type CategoryEntry, type FigureEntry } from '@/lib/validation/entry-schema'
import type { FieldErrors } from '@/lib/validation/field-errors'
import { appendAudit } from './audit'
import { ensureQuarter } from './ensure-quarter'
import { getSettings } from '../queries/settings'
import { isUniqueViolation } from '../write-lock'
import { writeTransaction } from '../write-transaction'

/** What another person saved since the form was opened, so the form can show it and rebase. */
export interface Conflict {
  value: number | null
  version: number
  updatedBy: string | null
  updatedAt: string
}

export type SaveResult =
  | { ok: true; changed: number; versions: Record<string, number> }
  | { ok: false; fieldErrors: FieldErrors; conflicts?: Record<string, Conflict> }

class ConflictError extends Error {
  constructor(readonly conflicts: Record<string, Conflict>) {
    super('conflict')
  }
}

/** A refusal found inside the transaction: thrown so that anything already written rolls back. */
class RefusedError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('refused')
  }
}

/**
 * Set when the quarter is published: every change is then a restatement, recorded with this reason
 * (and, for a figure whose value changes, a Restatement row beside the audit event).
 */
type Restating = { reason: string } | null

/**
 * Prisma's SQLite driver keeps about 16 significant digits of a double (16.666666666666664 is read
 * back as 16.66666666666666), so a rate derived again from unchanged counts must still compare equal
 * to the stored one; otherwise every save of an untouched form would count as a change.
 */
function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))
}

function sameFigure(stored: { value: number | null; n: number | null; inputs: string | null } | undefined, entry: FigureEntry): boolean {
  const storedValue = stored?.value ?? null
  const storedInputs = stored?.inputs ?? null
  const entryInputs = entry.inputs ? JSON.stringify(entry.inputs) : null
  // A typed value carries no n. Typing the stored value again is no change: the figure keeps its n
  // and source (say, computed from events) instead of silently becoming a manual override.
  if (entryInputs === null && storedInputs === null) return sameNumber(storedValue, entry.value)
  return sameNumber(storedValue, entry.value) && (stored?.n ?? null) === entry.n && storedInputs === entryInputs
}

async function writeFigures(
  tx: Prisma.TransactionClient,
  entry: CategoryEntry,
  actor: string,
  restating: Restating,
): Promise<{ versions: Record<string, number>; changed: number }> {
  const keys = entry.figures.map((f) => f.metricKey)
  const stored = await tx.figure.findMany({ where: { scope: entry.scope, quarter: entry.quarter, metricKey: { in: keys } } })
  const byKey = new Map(stored.map((f) => [f.metricKey, f]))
  const conflicts: Record<string, Conflict> = {}
  const versions: Record<string, number> = Object.fromEntries(stored.map((f) => [f.metricKey, f.version]))
  let changed = 0

  for (const figure of entry.figures) {
    const current = byKey.get(figure.metricKey)
    if (sameFigure(current, figure)) continue
    const currentVersion = current?.version ?? 0
    if (currentVersion !== figure.baseVersion) {
      conflicts[figure.metricKey] = {
        value: current?.value ?? null,
        version: currentVersion,
        updatedBy: current?.updatedBy ?? null,
        updatedAt: (current?.updatedAt ?? new Date()).toISOString(),
      }
      continue
    }
    const data = {
      value: figure.value,
      n: figure.n,
      inputs: figure.inputs ? JSON.stringify(figure.inputs) : null,
      source: 'manual',
      sourceRef: null,
      updatedBy: actor,
    }
    if (current) {
      // The version in the WHERE clause makes the check and the write one atomic step, whatever
      // else commits between our read and this write.
      const updated = await tx.figure.updateMany({
        where: { id: current.id, version: figure.baseVersion },
        data: { ...data, version: { increment: 1 } },
      })
      if (updated.count !== 1) throw new ConflictError({ [figure.metricKey]: await conflictOf(tx, entry, figure.metricKey) })
    } else {
      await tx.figure.create({ data: { ...data, scope: entry.scope, quarter: entry.quarter, metricKey: figure.metricKey } })
    }
    versions[figure.metricKey] = figure.baseVersion + 1
    changed++
    const oldValue = current?.value ?? null
    if (restating && !sameNumber(oldValue, figure.value)) {
      await tx.restatement.create({
        data: { scope: entry.scope, quarter: entry.quarter, metricKey: figure.metricKey, oldValue, newValue: figure.value, reason: restating.reason, actor },
      })
    }
    await appendAudit(tx, {
      actor,
      action: restating ? 'figure.restate' : current ? 'figure.update' : 'figure.create',
      entity: 'figure',
      entityId: `${entry.scope}/${entry.quarter}/${figure.metricKey}`,
      before: current ? { value: current.value, n: current.n, source: current.source, version: current.version } : undefined,
      after: {
        value: figure.value,
        n: figure.n,
        inputs: figure.inputs,
        source: 'manual',
        version: figure.baseVersion + 1,
        ...(restating ? { reason: restating.reason } : {}),
      },
    })
  }
  if (Object.keys(conflicts).length > 0) throw new ConflictError(conflicts)
  return { versions, changed }
}

async function conflictOf(tx: Prisma.TransactionClient, entry: CategoryEntry, metricKey: string): Promise<Conflict> {
  const f = await tx.figure.findUnique({ where: { scope_quarter_metricKey: { scope: entry.scope, quarter: entry.quarter, metricKey } } })
  return { value: f?.value ?? null, version: f?.version ?? 0, updatedBy: f?.updatedBy ?? null, updatedAt: (f?.updatedAt ?? new Date()).toISOString() }
}

/** The figures this save meant to create that another writer created first (read after the transaction failed). */
async function createdMeanwhile(entry: CategoryEntry): Promise<Record<string, Conflict>> {
  const conflicts: Record<string, Conflict> = {}
  for (const figure of entry.figures.filter((f) => f.baseVersion === 0)) {
    const now = await conflictOf(prisma, entry, figure.metricKey)
    if (now.version > 0) conflicts[figure.metricKey] = now
  }
  return conflicts
}

async function writeTargets(tx: Prisma.TransactionClient, entry: CategoryEntry, actor: string, restating: Restating): Promise<number> {
  const records = await tx.target.findMany({
    where: { scope: entry.scope, quarter: { lte: entry.quarter } },
    select: { quarter: true, metricKey: true, value: true },
  })
  let changed = 0
  for (const figure of entry.figures) {
    if (getMetric(figure.metricKey).direction === 'none') continue
    const current = effectiveTarget(records, figure.metricKey, entry.quarter)
    if (sameNumber(current.value, figure.target)) continue
    const where = { scope_quarter_metricKey: { scope: entry.scope, quarter: entry.quarter, metricKey: figure.metricKey } }
    await tx.target.upsert({
      where,
      create: { scope: entry.scope, quarter: entry.quarter, metricKey: figure.metricKey, value: figure.target, updatedBy: actor },
      update: { value: figure.target, updatedBy: actor, isDemo: false },
    })
    await appendAudit(tx, {
      actor,
      action: 'target.set',
      entity: 'target',
      entityId: `${entry.scope}/${entry.quarter}/${figure.metricKey}`,
      before: { value: current.value, origin: current.origin },
      after: { value: figure.target, ...(restating ? { reason: restating.reason } : {}) },
    })
    changed++
  }
  return changed
}

async function writeCommentary(tx: Prisma.TransactionClient, entry: CategoryEntry, actor: string, restating: Restating): Promise<number> {
  const where = { scope_quarter_category: { scope: entry.scope, quarter: entry.quarter, category: entry.category } }
  const current = await tx.commentary.findUnique({ where })
  if ((current?.text ?? '') === entry.commentary) return 0
  if (entry.commentary === '') await tx.commentary.delete({ where })
  else {
    await tx.commentary.upsert({
      where,
      create: { scope: entry.scope, quarter: entry.quarter, category: entry.category, text: entry.commentary, updatedBy: actor },
      update: { text: entry.commentary, updatedBy: actor, isDemo: false },
    })
  }
  await appendAudit(tx, {
    actor,
    action: 'commentary.set',
    entity: 'commentary',
    entityId: `${entry.scope}/${entry.quarter}/${entry.category}`,
    before: current ? { text: current.text } : undefined,
    after: { text: entry.commentary, ...(restating ? { reason: restating.reason } : {}) },
  })
  return 1
}

/**
 * Saves one category's form: figures, targets and commentary, all in one transaction with their
 * audit events. Any conflict (someone saved a newer version of a figure) refuses the whole
 * submission, so nothing is half-saved and nothing is overwritten silently.
 *
 * A published quarter is locked: a save without a reason is refused and writes nothing; a save with
 * one is a restatement (Restatement rows for changed figure values, the reason on every audit event).
 * The check sits inside the transaction, so a quarter published while the form was open is caught.
 */
export async function saveCategoryEntry(entry: CategoryEntry, actor: string): Promise<SaveResult> {
  const settings = await getSettings()
  try {
    // Another process (a second app instance, the admin CLI) may hold SQLite's lock: wait and run again.
    return await writeTransaction(async (tx) => {
      if (entry.scope !== 'org') {
        const team = await tx.team.findUnique({ where: { id: entry.scope } })
        if (!team || team.archivedAt) throw new RefusedError({ form: 'This team does not exist or is archived.' })
      }
      const { publishedAt } = await ensureQuarter(tx, entry.scope, entry.quarter, settings.defaultBenchmarkSet)
      const reason = entry.reason?.trim() ?? ''
      if (publishedAt && reason === '') throw new RefusedError({ reason: REASON_REQUIRED })
      const restating: Restating = publishedAt ? { reason } : null
      const figures = await writeFigures(tx, entry, actor, restating)
      const changed =
        figures.changed + (await writeTargets(tx, entry, actor, restating)) + (await writeCommentary(tx, entry, actor, restating))
      const versions = figures.versions
      return { ok: true as const, changed, versions }
    })
  } catch (error) {
    // Two first saves of a figure at once: the unique index refuses the later one, a conflict like any other.
    const conflicts = error instanceof ConflictError ? error.conflicts : isUniqueViolation(error) ? await createdMeanwhile(entry) : null
    if (conflicts && Object.keys(conflicts).length > 0) {
      const fieldErrors = Object.fromEntries(
        Object.entries(conflicts).map(([key, c]) => [
          `values.${key}`,
          `Someone else saved this since you opened the form: now ${c.value ?? 'blank'}` +
            `${c.updatedBy ? ` (by ${c.updatedBy})` : ''}. Nothing was saved; check the value and save again.`,
        ]),
      )
      return { ok: false, fieldErrors, conflicts }
    }
    if (error instanceof RefusedError) return { ok: false, fieldErrors: error.fieldErrors }
    throw error
  }
}
