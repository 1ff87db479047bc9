import type { Actor } from '@/lib/auth/roles'
import { setIncidentLink } from '@/lib/db/services/incident-link'
import { formFields } from '@/lib/validation/field-errors'
import type { ActionState } from './action-state'
import { refusal, refused, type Handled } from './handler'

// The link decides change failure rate and recovery time, which are velocity figures: whoever may
// edit velocity may say which deployment an incident came from.
const PERMISSION = { do: 'edit-category', category: 'velocity' } as const

/** Links an incident to another deployment (`deployment` set) or removes its link (`remove`, or `deployment` empty). */
export async function setIncidentLinkHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, PERMISSION)
  if (denied !== null || !actor) return refused(denied ?? '')
  const { incident, deployment, remove } = formFields(formData)
  // "Remove link" submits the same form: it wins over whatever the deployment field holds.
  const result = await setIncidentLink({ incident, deployment: remove ? null : deployment }, actor.email)
  if (!result.ok) return { state: { ok: false, fieldErrors: result.fieldErrors }, revalidate: false }
  const message = !result.changed
    ? 'Nothing changed.'
    : result.causedBy
      ? `Linked ${incident} to ${result.causedBy}.`
      : `Removed the link of ${incident}.`
  return { state: { ok: true, message }, revalidate: result.changed }
}
