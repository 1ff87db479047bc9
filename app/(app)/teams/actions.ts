'use server'

import { createTeamHandler, setTeamArchivedHandler, renameTeamHandler } from '@/lib/actions/teams'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function createTeamAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(createTeamHandler, previous, formData)
}

export async function renameTeamAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(renameTeamHandler, previous, formData)
}

export async function setTeamArchivedAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(setTeamArchivedHandler, previous, formData)
}
