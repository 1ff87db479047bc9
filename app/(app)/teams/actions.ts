'use server'

import { addTeam, archiveTeam, editTeam } from '@/lib/actions/teams'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function createTeamAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(addTeam, previous, formData)
}

export async function renameTeamAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(editTeam, previous, formData)
}

export async function setTeamArchivedAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(archiveTeam, previous, formData)
}
