import type { Actor } from '@/lib/auth/roles'
import { saveSummary } from '@/lib/db/services/save-summary'
import { formFields } from '@/lib/validation/field-errors'
import type { ActionState } from '@/lib/actions/action-state'
import { refusal, refused, type Handled } from './handler'

/**
 * Saves the CTO's summary from the board report page. Admins and editors only (the permission is
 * checked before anything is read). The form keeps what was typed whatever the answer (its
 * textarea is controlled), so a refusal loses nothing.
 */
export async function saveSummaryHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'edit-summary' })
  if (denied !== null || !actor) return refused(denied ?? '')
  let result: Awaited<ReturnType<typeof saveSummary>>
  try {
    result = await saveSummary(formFields(formData), actor.email)
  } catch (error) {
    console.error('saveSummaryHandler failed', error)
    return refused('The summary could not be saved (server error). Nothing was stored; try again.')
  }
  // After a conflict the page is redrawn with the other person's text as the new starting point,
  // so saving again is a conscious overwrite.
  if (!result.ok) return { state: { ok: false, fieldErrors: result.fieldErrors }, revalidate: result.conflict !== undefined }
  if (!result.changed) return { state: { ok: true, message: 'No changes to save.' }, revalidate: false }
  const message = result.text === '' ? 'Removed the summary.' : 'Saved the summary.'
  return { state: { ok: true, message }, revalidate: true }
}
