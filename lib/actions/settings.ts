import type { Actor } from '@/lib/auth/roles'
import { removeDemoData } from '@/lib/db/services/remove-demo-data'
import { updateSettings } from '@/lib/db/services/settings'
import { formFields } from '@/lib/validation/field-errors'
import type { ActionState } from '@/lib/actions/action-state'
import { refusal, refused, type Handled } from './handler'

const count = new Intl.NumberFormat('en-US')
const plural = (n: number, one: string, many: string) => `${count.format(n)} ${n === 1 ? one : many}`

export async function updateSettingsHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-settings' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const result = await updateSettings(formFields(formData), actor.email)
  if (!result.ok) return { state: result, revalidate: false }
  if (result.changed.length === 0) return { state: { ok: true, message: 'No changes to save.' }, revalidate: false }
  return { state: { ok: true, message: 'Settings saved.' }, revalidate: true }
}

export async function removeDemoDataHandler(actor: Actor | null): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-settings' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const { figures, teams, restated, unpublished } = await removeDemoData(actor.email)
  const published = [
    restated > 0 ? `${plural(restated, 'figure', 'figures')} of published quarters recorded as restated` : '',
    unpublished > 0 ? `${plural(unpublished, 'published demo quarter', 'published demo quarters')} unpublished` : '',
  ].filter(Boolean)
  const message = `Removed ${plural(figures, 'demo figure', 'demo figures')} and ${plural(teams, 'demo team', 'demo teams')}, with their targets and commentary. Figures people entered were kept.${published.length > 0 ? ` ${published.join('; ')}.` : ''}`
  return { state: { ok: true, message }, revalidate: true }
}
