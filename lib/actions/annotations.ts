import type { Actor } from '@/lib/auth/roles'
import { createAnnotation, deleteAnnotation, updateAnnotation, type AnnotationResult } from '@/lib/db/services/annotations'
import { formFields } from '@/lib/validation/field-errors'
import type { ActionState } from './action-state'
import { refusal, refused, type Handled } from './handler'

type Write = (input: unknown, actor: Actor) => Promise<AnnotationResult>

/**
 * The three note forms share one shape: permission first (admins and editors: a note is about a
 * whole scope's timeline), then the service, which checks it again and writes with its audit event.
 */
async function handle(actor: Actor | null, formData: FormData, write: Write, done: string): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'annotate' })
  if (denied !== null || !actor) return refused(denied ?? '')
  let result: AnnotationResult
  try {
    result = await write(formFields(formData), actor)
  } catch (error) {
    console.error('annotation action failed', error)
    return refused('The note could not be saved (server error). Nothing was stored; try again.')
  }
  if (!result.ok) return { state: { ok: false, fieldErrors: result.fieldErrors }, revalidate: false }
  return { state: { ok: true, message: done }, revalidate: true }
}

export function createAnnotationHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  return handle(actor, formData, createAnnotation, 'Added the note.')
}

export function updateAnnotationHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  return handle(actor, formData, updateAnnotation, 'Saved the note.')
}

export function deleteAnnotationHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  return handle(actor, formData, deleteAnnotation, 'Deleted the note.')
}
