'use server'

import { revalidatePath } from 'next/cache'
import { currentActor } from '@/lib/auth/current-actor'
import { removeDemoData } from '@/lib/db/services/remove-demo-data'
import { updateSettings } from '@/lib/db/services/settings'
import type { ActionState } from '@/components/teams/form-field'

const count = new Intl.NumberFormat('en-US')
const plural = (n: number, one: string, many: string) => `${count.format(n)} ${n === 1 ? one : many}`

/** The form's own fields; React's internal "$ACTION…" entries are left out. */
function fieldsOf(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of formData.entries()) if (typeof value === 'string' && !name.startsWith('$')) out[name] = value
  return out
}

export async function updateSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor()
  const result = await updateSettings(fieldsOf(formData), actor)
  if (!result.ok) return result
  if (result.changed.length === 0) return { ok: true, message: 'No changes to save.' }
  revalidatePath('/', 'layout')
  return { ok: true, message: 'Settings saved.' }
}

export async function removeDemoDataAction(): Promise<ActionState> {
  const actor = await currentActor()
  const { figures, teams } = await removeDemoData(actor)
  revalidatePath('/', 'layout')
  return {
    ok: true,
    message: `Removed ${plural(figures, 'demo figure', 'demo figures')} and ${plural(teams, 'demo team', 'demo teams')}, with their targets and commentary. Figures people entered were kept.`,
  }
}
