'use server'

import { revalidatePath } from 'next/cache'
import { authorize } from '@/lib/auth/current-user'
import { formFields } from '@/lib/validation/field-errors'
import { createTeam, renameTeam, setTeamArchived } from '@/lib/db/services/teams'
import type { ActionState } from '@/components/ui/form-field'

export async function createTeamAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { actor, denied } = await authorize({ do: 'manage-teams' })
  if (denied !== null) return { ok: false, fieldErrors: { form: denied } }
  const result = await createTeam(formFields(formData), actor.email)
  if (!result.ok) return result
  revalidatePath('/', 'layout')
  return { ok: true, message: `Added the team ${result.team.name} (${result.team.slug}).` }
}

export async function renameTeamAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { actor, denied } = await authorize({ do: 'manage-teams' })
  if (denied !== null) return { ok: false, fieldErrors: { form: denied } }
  const result = await renameTeam(formFields(formData), actor.email)
  if (!result.ok) return result
  if (!result.changed) return { ok: true, message: `Nothing to change for ${result.team.name}.` }
  revalidatePath('/', 'layout')
  return { ok: true, message: `Renamed to ${result.team.name} (${result.team.slug}).` }
}

export async function setTeamArchivedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { actor, denied } = await authorize({ do: 'manage-teams' })
  if (denied !== null) return { ok: false, fieldErrors: { form: denied } }
  const result = await setTeamArchived(formFields(formData), actor.email)
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
