'use server'

import { addTeam, archiveTeam, editTeam } from '@/lib/actions/teams'
import { runAction } from '@/lib/auth/run-action'
import type { ActionState } from '@/components/ui/form-field'

export async function createTeamAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(addTeam, previous, formData)
}

export async function renameTeamAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(editTeam, previous, formData)
}

export async function setTeamArchivedAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(archiveTeam, previous, formData)
}
