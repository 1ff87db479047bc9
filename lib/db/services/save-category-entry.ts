import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { REASON_REQUIRED, type CategoryEntry } from '@/lib/validation/entry-schema'
import type { FieldErrors } from '@/lib/validation/field-errors'
import { changeCommentary } from './change-commentary'
import { changeFigures, type FigureChange, type StoredFigureState } from './change-figures'
import { changeTargets } from './change-targets'
import { ReasonRequiredError } from './quarter-lock'
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

const stateOf = (current: StoredFigureState | null): Conflict => ({
  value: current?.value ?? null,
  version: current?.version ?? 0,
  updatedBy: current?.updatedBy ?? null,
  updatedAt: (current?.updatedAt ?? new Date()).toISOString(),
})

/** The form's figures through the one figure-change service; any conflict refuses the whole save. */
async function writeFigures(
  tx: Prisma.TransactionClient,
  entry: CategoryEntry,
  actor: string,
  reason: string,
): Promise<{ versions: Record<string, number>; changed: number }> {
  const changes: FigureChange[] = entry.figures.map((f) => ({
    scope: entry.scope,
    quarter: entry.quarter,
    metricKey: f.metricKey,
    value: f.value,
    n: f.n,
    inputs: f.inputs,
    source: 'manual',
    sourceRef: null,
    expectedVersion: f.baseVersion,
  }))
  const outcomes = await changeFigures(tx, changes, { actor, reason })
  const conflicts: Record<string, Conflict> = {}
  const versions: Record<string, number> = {}
  let changed = 0
  outcomes.forEach((outcome, i) => {
    const metricKey = entry.figures[i]!.metricKey
    if (outcome.status === 'conflict') conflicts[metricKey] = stateOf(outcome.current)
    else if (outcome.version > 0) versions[metricKey] = outcome.version
    if (outcome.status === 'written') changed++
  })
  if (Object.keys(conflicts).length > 0) throw new ConflictError(conflicts)
  return { versions, changed }
}

/** The figures this save meant to create that another writer created first (read after the transaction failed). */
async function createdMeanwhile(entry: CategoryEntry): Promise<Record<string, Conflict>> {
  const conflicts: Record<string, Conflict> = {}
  for (const figure of entry.figures.filter((f) => f.baseVersion === 0)) {
    const where = { scope_quarter_metricKey: { scope: entry.scope, quarter: entry.quarter, metricKey: figure.metricKey } }
    const now = await prisma.figure.findUnique({ where })
    if (now) conflicts[figure.metricKey] = stateOf(now)
  }
  return conflicts
}

async function writeTargets(tx: Prisma.TransactionClient, entry: CategoryEntry, actor: string, reason: string): Promise<number> {
  const changes = entry.figures.map((f) => ({ scope: entry.scope, quarter: entry.quarter, metricKey: f.metricKey, value: f.target }))
  return changeTargets(tx, changes, { actor, reason, source: 'manual' })
}

async function writeCommentary(tx: Prisma.TransactionClient, entry: CategoryEntry, actor: string, reason: string): Promise<number> {
  const change = { scope: entry.scope, quarter: entry.quarter, category: entry.category, text: entry.commentary }
  const outcome = await changeCommentary(tx, change, { actor, reason, source: 'manual' })
  return outcome.status === 'written' ? 1 : 0
}

/**
 * Saves one category's form: figures, targets and commentary, all in one transaction with their
 * audit events. Any conflict (someone saved a newer version of a figure) refuses the whole
 * submission, so nothing is half-saved and nothing is overwritten silently.
 *
 * A published quarter is locked: a save that changes anything there without a reason is refused and
 * writes nothing; with one it is a restatement (Restatement rows for changed figure values, the
 * reason on every audit event). The figure, target and commentary services (change-figures.ts …)
 * apply that rule inside the transaction, so a quarter published while the form was open is caught.
 */
export async function saveCategoryEntry(entry: CategoryEntry, actor: string): Promise<SaveResult> {
  try {
    // Another process (a second app instance, the admin CLI) may hold SQLite's lock: wait and run again.
    return await writeTransaction(async (tx) => {
      if (entry.scope !== 'org') {
        const team = await tx.team.findUnique({ where: { id: entry.scope } })
        if (!team || team.archivedAt) throw new RefusedError({ form: 'This team does not exist or is archived.' })
      }
      // A published quarter changes only with a reason: the change services refuse it otherwise.
      const reason = entry.reason?.trim() ?? ''
      const figures = await writeFigures(tx, entry, actor, reason)
      const changed = figures.changed + (await writeTargets(tx, entry, actor, reason)) + (await writeCommentary(tx, entry, actor, reason))
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
    if (error instanceof ReasonRequiredError) return { ok: false, fieldErrors: { reason: REASON_REQUIRED } }
    throw error
  }
}
