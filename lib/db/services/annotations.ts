import { can, FORBIDDEN_MESSAGE } from '@/lib/auth/permissions'
import type { Actor } from '@/lib/auth/roles'
import {
  createAnnotationSchema,
  deleteAnnotationSchema,
  updateAnnotationSchema,
  type CreateAnnotationInput,
} from '@/lib/validation/annotation-schema'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import type { ZodError } from 'zod'
import type { Prisma } from '../generated/client'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

type Tx = Prisma.TransactionClient

export type AnnotationResult = { ok: true; id: number } | { ok: false; fieldErrors: FieldErrors }

/** Thrown inside the transaction so that nothing is written, and answered as field errors. */
class AnnotationRefused extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('annotation refused')
  }
}

const CHANGED_MEANWHILE = 'Someone else changed or deleted this note since you opened it. Nothing was saved: reload the page to see it now.'

async function checkScope(tx: Tx, scope: string): Promise<void> {
  if (scope === 'org') return
  const team = await tx.team.findUnique({ where: { id: scope } })
  if (!team || team.archivedAt) throw new AnnotationRefused({ form: 'This team does not exist or is archived.' })
}

function stored(note: CreateAnnotationInput): Snapshot {
  return { scope: note.scope, date: note.date, text: note.text, category: note.about.category, metricKey: note.about.metricKey }
}

interface Snapshot {
  scope: string
  date: string
  text: string
  category: string | null
  metricKey: string | null
}
const snapshot = (row: Snapshot): Snapshot => ({
  scope: row.scope,
  date: row.date,
  text: row.text,
  category: row.category,
  metricKey: row.metricKey,
})

/** Parses, authorizes and runs one write; a refusal anywhere leaves the database as it was. */
async function run<T>(
  actor: Actor,
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: ZodError } },
  input: unknown,
  work: (tx: Tx, data: T) => Promise<number>,
): Promise<AnnotationResult> {
  if (!can(actor, { do: 'annotate' })) return { ok: false, fieldErrors: { form: FORBIDDEN_MESSAGE } }
  const parsed = schema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  try {
    return { ok: true, id: await writeTransaction((tx) => work(tx, parsed.data)) }
  } catch (error) {
    if (error instanceof AnnotationRefused) return { ok: false, fieldErrors: error.fieldErrors }
    throw error
  }
}

/** Adds a dated note to a scope's timeline, with its "annotation.create" audit event, in one transaction. */
export function createAnnotation(input: unknown, actor: Actor): Promise<AnnotationResult> {
  return run(actor, createAnnotationSchema, input, async (tx, note) => {
    await checkScope(tx, note.scope)
    const row = await tx.annotation.create({ data: { ...stored(note), createdBy: actor.email } })
    await appendAudit(tx, {
      actor: actor.email,
      action: 'annotation.create',
      entity: 'annotation',
      entityId: String(row.id),
      after: snapshot(row),
    })
    return row.id
  })
}

/**
 * Changes a note, only from the version the person started from (a note changed or deleted meanwhile
 * is refused, never overwritten). The same note again is no change and writes nothing.
 */
export function updateAnnotation(input: unknown, actor: Actor): Promise<AnnotationResult> {
  return run(actor, updateAnnotationSchema, input, async (tx, note) => {
    const before = await tx.annotation.findUnique({ where: { id: note.id } })
    if (!before || before.version !== note.version) throw new AnnotationRefused({ form: CHANGED_MEANWHILE })
    const next = stored(note)
    if (JSON.stringify(snapshot(before)) === JSON.stringify(next)) return before.id
    await checkScope(tx, next.scope)
    const row = await tx.annotation.update({ where: { id: note.id }, data: { ...next, version: { increment: 1 } } })
    await appendAudit(tx, {
      actor: actor.email,
      action: 'annotation.update',
      entity: 'annotation',
      entityId: String(row.id),
      before: snapshot(before),
      after: snapshot(row),
    })
    return row.id
  })
}

/** Deletes a note at the version the person confirmed; the audit event keeps what it said. */
export function deleteAnnotation(input: unknown, actor: Actor): Promise<AnnotationResult> {
  return run(actor, deleteAnnotationSchema, input, async (tx, { id, version }) => {
    const before = await tx.annotation.findUnique({ where: { id } })
    if (!before || before.version !== version) throw new AnnotationRefused({ form: CHANGED_MEANWHILE })
    await tx.annotation.delete({ where: { id } })
    await appendAudit(tx, {
      actor: actor.email,
      action: 'annotation.delete',
      entity: 'annotation',
      entityId: String(id),
      before: snapshot(before),
    })
    return id
  })
}
