'use server'

import { revalidatePath } from 'next/cache'
import { currentActor } from '@/lib/auth/current-actor'
import { createTeam, renameTeam, setTeamArchived } from '@/lib/db/services/teams'
import type { ActionState } from '@/components/teams/form-field'

/** The form's own fields; React's internal "$ACTION…" entries are left out. */
function fieldsOf(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of formData.entries()) if (typeof value === 'string' && !name.startsWith('$')) out[name] = value
  return out
}

export async function createTeamAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor()
  const result = await createTeam(fieldsOf(formData), actor)
  if (!result.ok) return result
  revalidatePath('/', 'layout')
  return { ok: true, message: `Added the team ${result.team.name} (${result.team.slug}).` }
}

export async function renameTeamAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor()
  const result = await renameTeam(fieldsOf(formData), actor)
  if (!result.ok) return result
  if (!result.changed) return { ok: true, message: `Nothing to change for ${result.team.name}.` }
  revalidatePath('/', 'layout')
  return { ok: true, message: `Renamed to ${result.team.name} (${result.team.slug}).` }
}

export async function setTeamArchivedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor()
  const result = await setTeamArchived(fieldsOf(formData), actor)
  if (!result.ok) return result
  revalidatePath('/', 'layout')
  const { name, archived } = result.team
  return {
    ok: true,
    message: archived
      ? `Archived ${name}. It no longer appears in the scope picker; its figures are kept.`
      : `Unarchived ${name}. It is back in the scope picker.`,
  }
}
