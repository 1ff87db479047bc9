import type { Actor } from '@/lib/auth/roles'
import { createUser, setUserDisabled, setUserRole } from '@/lib/db/services/users'
import { formFields } from '@/lib/validation/field-errors'
import type { ActionState } from '@/lib/actions/action-state'
import { roleWords } from '@/lib/auth/role-words'
import { refusal, refused, type Handled } from './handler'

/** The form's fields, with every ticked category (formFields keeps only the last value of a name). */
function userFields(formData: FormData): Record<string, unknown> {
  const categories = formData.getAll('categories').filter((c): c is string => typeof c === 'string')
  return { ...formFields(formData), categories }
}

export async function createUserHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-users' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const result = await createUser(userFields(formData), actor.email)
  if (!result.ok) return { state: result, revalidate: false }
  const { user } = result
  return {
    state: { ok: true, message: `Added ${user.name} (${user.email}) as ${roleWords(user.role, user.categories)}. They can sign in now.` },
    revalidate: true,
  }
}

export async function setUserRoleHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-users' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const result = await setUserRole(userFields(formData), actor.email)
  if (!result.ok) return { state: result, revalidate: false }
  const { user } = result
  if (!result.changed) return { state: { ok: true, message: `Nothing to change for ${user.name}.` }, revalidate: false }
  return { state: { ok: true, message: `${user.name} is now ${roleWords(user.role, user.categories)}.` }, revalidate: true }
}

export async function setUserDisabledHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-users' })
  if (denied !== null || !actor) return refused(denied ?? '')
  // Only the id and the wanted state come from the form; an email field there is ignored.
  const { id, disabled } = formFields(formData)
  const result = await setUserDisabled({ id, disabled }, actor.email)
  if (!result.ok) return { state: result, revalidate: false }
  const { user } = result
  const message = user.disabled
    ? `Disabled ${user.name}. They were signed out and cannot sign in until re-enabled.`
    : `Re-enabled ${user.name}. They can sign in again.`
  return { state: { ok: true, message }, revalidate: result.changed }
}
