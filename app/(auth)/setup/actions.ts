'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { ActionState } from '@/components/ui/form-field'
import { isHttps } from '@/lib/auth/request-info'
import { sessionCookie } from '@/lib/auth/session-cookie'
import { createSession } from '@/lib/db/services/sessions'
import { createFirstAdmin } from '@/lib/db/services/users'
import { fieldErrorsOf, formFields } from '@/lib/validation/field-errors'
import { newUserSchema } from '@/lib/validation/user-schema'

/**
 * First run only: creates the admin account and signs them in. Public by necessity, and therefore
 * refused by the service as soon as any user exists.
 */
export async function createFirstAdminAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData)
  if (fields.password !== fields.confirm) return { ok: false, fieldErrors: { confirm: 'The passwords do not match.' } }
  const parsed = newUserSchema.safeParse({ ...fields, role: 'admin' })
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const result = await createFirstAdmin(parsed.data)
  if (!result.ok) return result
  const session = await createSession(result.id)
  const cookie = sessionCookie(session.token, session.expiresAt, isHttps(await headers()))
  ;(await cookies()).set(cookie.name, cookie.value, cookie.options)
  redirect('/')
}
