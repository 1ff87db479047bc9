import type { Actor } from '@/lib/auth/roles'
import { createSession } from '@/lib/db/services/sessions'
import { createFirstAdmin } from '@/lib/db/services/users'
import { fieldErrorsOf, formFields } from '@/lib/validation/field-errors'
import { newUserSchema } from '@/lib/validation/user-schema'
import type { ActionState } from '@/lib/actions/action-state'
import type { Handled } from './handler'

/**
 * First run only: creates the admin account and opens their session. Public by necessity, so the
 * service refuses as soon as any user exists, whoever asks.
 */
export async function createFirstAdminHandler(
  _actor: Actor | null,
  _prev: ActionState,
  formData: FormData,
): Promise<Handled<ActionState> & { session?: { token: string; expiresAt: Date } }> {
  const fields = formFields(formData)
  if (fields.password !== fields.confirm)
    return { state: { ok: false, fieldErrors: { confirm: 'The passwords do not match.' } }, revalidate: false }
  const parsed = newUserSchema.safeParse({ ...fields, role: 'admin' })
  if (!parsed.success) return { state: { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }, revalidate: false }
  const result = await createFirstAdmin(parsed.data)
  if (!result.ok) return { state: result, revalidate: false }
  return { state: { ok: true, message: 'Admin account created.' }, revalidate: true, session: await createSession(result.id) }
}
