import type { Conflict } from '@/lib/db/services/save-category-entry'
import type { FieldErrors } from '@/lib/validation/field-errors'

/** What saveCategoryEntryAction answers; the entry form renders from it (with or without JavaScript). */
export interface EntryFormState {
  /** Grows with every answer, so the form can tell a new answer from one it has already handled. */
  seq: number
  outcome: 'idle' | 'saved' | 'invalid' | 'conflict'
  /** How many figures, targets and commentaries a successful save changed. */
  changed: number
  fieldErrors: FieldErrors
  conflicts: Record<string, Conflict>
  /** Every field's text as submitted, so nothing the person typed is lost when a save is refused. */
  fields: Record<string, string> | null
  /** Each figure's stored version as far as the form knows: the base of the next save. */
  versions: Record<string, number> | null
}

export const INITIAL_ENTRY_STATE: EntryFormState = {
  seq: 0,
  outcome: 'idle',
  changed: 0,
  fieldErrors: {},
  conflicts: {},
  fields: null,
  versions: null,
}

const TYPED = /^(values|targets|inputs)\.[A-Za-z][A-Za-z0-9_]*$/

/** The fields a person types (values, targets, counts, commentary, restatement reason), as submitted. */
export function submittedFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [name, value] of formData.entries()) {
    if (typeof value === 'string' && (TYPED.test(name) || name === 'commentary' || name === 'reason')) fields[name] = value
  }
  return fields
}

/** The hidden "versions.<key>" fields, as numbers (0: no stored figure when the form was opened). */
export function submittedVersions(formData: FormData): Record<string, number> {
  const versions: Record<string, number> = {}
  for (const [name, value] of formData.entries()) {
    const key = /^versions\.([A-Za-z][A-Za-z0-9_]*)$/.exec(name)?.[1]
    const version = Number(value)
    if (key && typeof value === 'string' && Number.isInteger(version) && version >= 0) versions[key] = version
  }
  return versions
}

/** "Saved 5 changes to Product delivery for FY2026 Q3.", or "No changes to save." */
export function savedMessage(changed: number, categoryLabel: string, quarterLabel: string): string {
  if (changed === 0) return 'No changes to save.'
  return `Saved ${changed} ${changed === 1 ? 'change' : 'changes'} to ${categoryLabel} for ${quarterLabel}.`
}

/** The id of a form field's element, from its name ("values.releases" → "field-values-releases"). */
export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, '-')}`
}
