'use server'

import { removeDemo, saveSettings } from '@/lib/actions/settings'
import { runAction } from '@/lib/auth/run-action'
import type { ActionState } from '@/components/ui/form-field'

export async function updateSettingsAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(saveSettings, previous, formData)
}

export async function removeDemoDataAction(): Promise<ActionState> {
  return runAction(removeDemo, null, new FormData())
}
