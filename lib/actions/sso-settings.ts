import type { Actor } from '@/lib/auth/roles'
import { getSsoSetup } from '@/lib/db/queries/sso-settings'
import { updateSsoSettings } from '@/lib/db/services/sso-settings'
import { formFields } from '@/lib/validation/field-errors'
import type { ActionState } from '@/lib/actions/action-state'
import { refusal, refused, type Handled } from './handler'

export async function updateSsoSettingsHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-settings' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const { resolved } = await getSsoSetup()
  const result = await updateSsoSettings(formFields(formData), actor.email, resolved.configured && resolved.source === 'env')
  if (!result.ok) return { state: result, revalidate: false }
  if (result.changed.length === 0) return { state: { ok: true, message: 'No changes to save.' }, revalidate: false }
  return { state: { ok: true, message: 'Single sign-on settings saved.' }, revalidate: true }
}
