import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { effectiveTarget } from '@/lib/metrics/targets'
import { getMetric } from '@/lib/metrics/catalogue'
import type { CategoryEntry, FigureEntry } from '@/lib/validation/entry-schema'
import type { FieldErrors } from '@/lib/validation/field-errors'
import { appendAudit } from './audit'
import { ensureQuarter } from './ensure-quarter'
import { getSettings } from '../queries/settings'

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

class ScopeError extends Error {}

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
  return sameNumber(storedValue, entry.value) && (stored?.n ?? null) === entry.n && storedInputs === entryInputs
}

async function writeFigures(
  tx: Prisma.TransactionClient,
  entry: CategoryEntry,
  actor: string,
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
    await appendAudit(tx, {
      actor,
      action: current ? 'figure.update' : 'figure.create',
      entity: 'figure',
      entityId: `${entry.scope}/${entry.quarter}/${figure.metricKey}`,
      before: current ? { value: current.value, n: current.n, source: current.source, version: current.version } : undefined,
      after: { value: figure.value, n: figure.n, inputs: figure.inputs, source: 'manual', version: figure.baseVersion + 1 },
    })
  }
  if (Object.keys(conflicts).length > 0) throw new ConflictError(conflicts)
  return { versions, changed }
}

async function conflictOf(tx: Prisma.TransactionClient, entry: CategoryEntry, metricKey: string): Promise<Conflict> {
  const f = await tx.figure.findUnique({ where: { scope_quarter_metricKey: { scope: entry.scope, quarter: entry.quarter, metricKey } } })
  return { value: f?.value ?? null, version: f?.version ?? 0, updatedBy: f?.updatedBy ?? null, updatedAt: (f?.updatedAt ?? new Date()).toISOString() }
}

async function writeTargets(tx: Prisma.TransactionClient, entry: CategoryEntry, actor: string): Promise<number> {
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
      after: { value: figure.target },
    })
    changed++
  }
  return changed
}

async function writeCommentary(tx: Prisma.TransactionClient, entry: CategoryEntry, actor: string): Promise<number> {
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
    after: { text: entry.commentary },
  })
  return 1
}

/**
 * Saves one category's form: figures, targets and commentary, all in one transaction with their
 * audit events. Any conflict (someone saved a newer version of a figure) refuses the whole
 * submission, so nothing is half-saved and nothing is overwritten silently.
 */
export async function saveCategoryEntry(entry: CategoryEntry, actor: string): Promise<SaveResult> {
  const settings = await getSettings()
  try {
    return await prisma.$transaction(async (tx) => {
      if (entry.scope !== 'org') {
        const team = await tx.team.findUnique({ where: { id: entry.scope } })
        if (!team || team.archivedAt) throw new ScopeError('This team does not exist or is archived.')
      }
      // A published quarter is locked (schema.prisma, Quarter): nothing in it may change any more.
      const { publishedAt } = await ensureQuarter(tx, entry.scope, entry.quarter, settings.defaultBenchmarkSet)
      if (publishedAt) throw new ScopeError('This quarter is published, so its figures are locked.')
      const figures = await writeFigures(tx, entry, actor)
      const changed = figures.changed + (await writeTargets(tx, entry, actor)) + (await writeCommentary(tx, entry, actor))
      const versions = figures.versions
      return { ok: true as const, changed, versions }
    })
  } catch (error) {
    if (error instanceof ConflictError) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.conflicts).map(([key, c]) => [
          `values.${key}`,
          `Someone else saved this since you opened the form: now ${c.value ?? 'blank'}` +
            `${c.updatedBy ? ` (by ${c.updatedBy})` : ''}. Nothing was saved; check the value and save again.`,
        ]),
      )
      return { ok: false, fieldErrors, conflicts: error.conflicts }
    }
    if (error instanceof ScopeError) return { ok: false, fieldErrors: { form: error.message } }
    throw error
  }
}
