'use server'

import {
  createConnectionHandler,
  updateConnectionHandler,
  mapSourceHandler,
  deleteConnectionHandler,
  saveConnectionRulesHandler,
} from '@/lib/actions/connections'
import type { CreateConnectionState } from '@/lib/actions/connections'
import { setIncidentLinkHandler } from '@/lib/actions/incident-link'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function createConnectionAction(previous: CreateConnectionState, formData: FormData): Promise<CreateConnectionState> {
  return runAction(createConnectionHandler, previous, formData)
}

export async function editConnectionAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(updateConnectionHandler, previous, formData)
}

export async function deleteConnectionAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(deleteConnectionHandler, previous, formData)
}

export async function mapSourceAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(mapSourceHandler, previous, formData)
}

export async function saveConnectionRulesAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(saveConnectionRulesHandler, previous, formData)
}

export async function setIncidentLinkAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(setIncidentLinkHandler, previous, formData)
}
