'use server'

import { revalidatePath } from 'next/cache'
import { authorize } from '@/lib/auth/current-user'
import { formFields } from '@/lib/validation/field-errors'
import { removeDemoData } from '@/lib/db/services/remove-demo-data'
import { updateSettings } from '@/lib/db/services/settings'
import type { ActionState } from '@/components/ui/form-field'

const count = new Intl.NumberFormat('en-US')
const plural = (n: number, one: string, many: string) => `${count.format(n)} ${n === 1 ? one : many}`

export async function updateSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { actor, denied } = await authorize({ do: 'manage-settings' })
  if (denied !== null) return { ok: false, fieldErrors: { form: denied } }
  const result = await updateSettings(formFields(formData), actor.email)
  if (!result.ok) return result
  if (result.changed.length === 0) return { ok: true, message: 'No changes to save.' }
  revalidatePath('/', 'layout')
  return { ok: true, message: 'Settings saved.' }
}

export async function removeDemoDataAction(): Promise<ActionState> {
  const { actor, denied } = await authorize({ do: 'manage-settings' })
  if (denied !== null) return { ok: false, fieldErrors: { form: denied } }
  const { figures, teams } = await removeDemoData(actor.email)
  revalidatePath('/', 'layout')
  return {
    ok: true,
    message: `Removed ${plural(figures, 'demo figure', 'demo figures')} and ${plural(teams, 'demo team', 'demo teams')}, with their targets and commentary. Figures people entered were kept.`,
  }
}
