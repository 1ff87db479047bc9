import type { Actor } from '@/lib/auth/roles'
import { createApiToken, revokeApiToken } from '@/lib/db/services/api-tokens'
import { formFields } from '@/lib/validation/field-errors'
import type { ActionState } from '@/lib/actions/action-state'
import { scopeLabel } from '@/lib/actions/token-words'
import { refusal, refused, type Handled } from './handler'

/** The create action's answer: on success it carries the token, which the browser shows once. */
export type CreateTokenState = ActionState | { ok: true; message: string; token: string; name: string }

/** Creates a token; the answer carries the token itself, the one time anyone sees it. */
export async function createApiTokenHandler(
  actor: Actor | null,
  _prev: CreateTokenState,
  formData: FormData,
): Promise<Handled<CreateTokenState>> {
  const denied = refusal(actor, { do: 'manage-tokens' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const { name, scope } = formFields(formData)
  const result = await createApiToken({ name, scope }, actor.email)
  if (!result.ok) return { state: result, revalidate: false }
  const message = `Created the ${scopeLabel(result.scope).toLowerCase()} token “${result.name}” (${result.prefix}…).`
  return { state: { ok: true, message, token: result.token, name: result.name }, revalidate: true }
}

export async function revokeApiTokenHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-tokens' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const result = await revokeApiToken({ id: formFields(formData).id }, actor.email)
  if (!result.ok)
    return {
      state: { ok: false, fieldErrors: { form: result.fieldErrors.id ?? Object.values(result.fieldErrors)[0] ?? '' } },
      revalidate: false,
    }
  const { token, changed } = result
  const message = changed
    ? `Revoked “${token.name}” (${token.prefix}…). Requests with it now get 401.`
    : `“${token.name}” was already revoked.`
  return { state: { ok: true, message }, revalidate: changed }
}
