import type { Actor } from '@/lib/auth/roles'
import { createTeam, renameTeam, setTeamArchived } from '@/lib/db/services/teams'
import { formFields } from '@/lib/validation/field-errors'
import type { ActionState } from '@/lib/actions/action-state'
import { refusal, refused, type Handled } from './handler'

export async function createTeamHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-teams' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const result = await createTeam(formFields(formData), actor.email)
  if (!result.ok) return { state: result, revalidate: false }
  return { state: { ok: true, message: `Added the team ${result.team.name} (${result.team.slug}).` }, revalidate: true }
}

export async function renameTeamHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-teams' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const result = await renameTeam(formFields(formData), actor.email)
  if (!result.ok) return { state: result, revalidate: false }
  if (!result.changed) return { state: { ok: true, message: `Nothing to change for ${result.team.name}.` }, revalidate: false }
  return { state: { ok: true, message: `Renamed to ${result.team.name} (${result.team.slug}).` }, revalidate: true }
}

export async function setTeamArchivedHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-teams' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const result = await setTeamArchived(formFields(formData), actor.email)
  if (!result.ok) return { state: result, revalidate: false }
  const { name, archived } = result.team
  const message = archived
    ? `Archived ${name}. It no longer appears in the scope picker; its figures are kept.`
    : `Unarchived ${name}. It is back in the scope picker.`
  return { state: { ok: true, message }, revalidate: true }
}
