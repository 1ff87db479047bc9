'use server'

import { addConnection, editConnection, mapConnectionSource, removeConnection, saveRules } from '@/lib/actions/connections'
import { runAction } from '@/lib/auth/run-action'
import type { ActionState } from '@/components/ui/form-field'
import type { CreateConnectionState } from '@/components/connections/create-connection-form'

export async function createConnectionAction(previous: CreateConnectionState, formData: FormData): Promise<CreateConnectionState> {
  return runAction(addConnection, previous, formData)
}

export async function editConnectionAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(editConnection, previous, formData)
}

export async function deleteConnectionAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(removeConnection, previous, formData)
}

export async function mapSourceAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(mapConnectionSource, previous, formData)
}

export async function saveConnectionRulesAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(saveRules, previous, formData)
}
