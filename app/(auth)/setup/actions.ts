'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { ActionState } from '@/lib/actions/action-state'
import { createFirstAdminHandler } from '@/lib/actions/setup'
import { getCurrentActor } from '@/lib/request/current-user'
import { isHttps } from '@/lib/auth/request-info'
import { sessionCookie } from '@/lib/auth/session-cookie'

export async function createFirstAdminAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const { state, session } = await createFirstAdminHandler(await getCurrentActor(), previous, formData)
  if (!session) return state
  const cookie = sessionCookie(session.token, session.expiresAt, isHttps(await headers()))
  ;(await cookies()).set(cookie.name, cookie.value, cookie.options)
  redirect('/')
}
