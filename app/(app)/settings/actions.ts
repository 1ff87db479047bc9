'use server'

import { removeDemoDataHandler, updateSettingsHandler } from '@/lib/actions/settings'
import { updateSsoSettingsHandler } from '@/lib/actions/sso-settings'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function updateSettingsAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(updateSettingsHandler, previous, formData)
}

export async function removeDemoDataAction(): Promise<ActionState> {
  return runAction(removeDemoDataHandler, null, new FormData())
}

export async function updateSsoSettingsAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(updateSsoSettingsHandler, previous, formData)
}
