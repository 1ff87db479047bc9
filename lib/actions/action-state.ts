import type { FieldErrors } from '@/lib/validation/field-errors'

/** What a form's server action returns: a message to announce, or errors to show beside the fields. */
export type ActionState = { ok: true; message: string } | { ok: false; fieldErrors: FieldErrors } | null
