import type { Actor } from '@/lib/auth/roles'
import { isQuarterPublished } from '@/lib/db/queries/restatements'
import { saveCategoryEntry } from '@/lib/db/services/save-category-entry'
import { isCategoryKey } from '@/lib/metrics/categories'
import { isQuarterKey } from '@/lib/metrics/quarters'
import { categoryEntrySchema, entryObjectFromFormData } from '@/lib/validation/entry-schema'
import { fieldErrorsOf } from '@/lib/validation/field-errors'
import { submittedFields, submittedVersions, type EntryFormState } from '@/lib/actions/entry-form-state'
import { refusal, type Handled } from './handler'

/**
 * Saves one category's entry form. Parses with the same schema the browser ran (which derives rates
 * from counts again), then stores through saveCategoryEntry. Every answer carries the submitted text
 * back, so a refused save loses nothing the person typed.
 */
export async function saveCategoryEntryHandler(
  actor: Actor | null,
  previous: EntryFormState,
  formData: FormData,
): Promise<Handled<EntryFormState>> {
  const base = {
    seq: previous.seq + 1,
    changed: 0,
    conflicts: {},
    fields: submittedFields(formData),
    versions: submittedVersions(formData),
  }
  const invalid = (fieldErrors: Record<string, string>): Handled<EntryFormState> => ({
    state: { ...base, outcome: 'invalid', fieldErrors },
    revalidate: false,
  })
  const raw = formData.get('category')
  const category = typeof raw === 'string' && isCategoryKey(raw) ? raw : null
  // Permission first, before anything is read: a category owner may edit only their own category
  // (an unknown category needs the editor's wider right, so it answers nobody else).
  const denied = refusal(actor, category ? { do: 'edit-category', category } : { do: 'edit-summary' })
  if (denied !== null || !actor) return invalid({ form: denied ?? '' })
  if (!category) return invalid({ form: 'Unknown category: reload the page and try again.' })
  const entry = entryObjectFromFormData(formData)
  // Whether the quarter is published (so a reason is required) comes from the database, never from
  // the form; the service checks it again inside its transaction.
  const published =
    typeof entry.scope === 'string' && typeof entry.quarter === 'string' && isQuarterKey(entry.quarter)
      ? await isQuarterPublished(entry.scope.trim(), entry.quarter)
      : false
  const parsed = categoryEntrySchema(category, { published }).safeParse(entry)
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error))

  let result: Awaited<ReturnType<typeof saveCategoryEntry>>
  try {
    result = await saveCategoryEntry(parsed.data, actor.email)
  } catch (error) {
    // Answer instead of throwing: an error boundary would replace the form and lose what was typed.
    console.error('saveCategoryEntryAction failed', error)
    return invalid({ form: 'The figures could not be saved (server error). Nothing was stored; try again.' })
  }
  if (!result.ok) {
    const conflicts = result.conflicts ?? {}
    // A conflict hands back the newer version, so the next save is a conscious overwrite.
    const versions = { ...base.versions, ...Object.fromEntries(Object.entries(conflicts).map(([key, c]) => [key, c.version])) }
    const outcome = Object.keys(conflicts).length > 0 ? 'conflict' : 'invalid'
    return { state: { ...base, outcome, fieldErrors: result.fieldErrors, conflicts, versions }, revalidate: false }
  }
  return {
    state: { ...base, outcome: 'saved', changed: result.changed, fieldErrors: {}, versions: { ...base.versions, ...result.versions } },
    revalidate: true,
  }
}
