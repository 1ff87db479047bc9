import type { NextRequest } from 'next/server'
import { refuseCrossOrigin } from '@/lib/auth/app-origin'
import { relativeRedirect } from '@/lib/auth/relative-redirect'
import { isHttps } from '@/lib/auth/request-info'
import { clearedSessionCookie } from '@/lib/auth/session-cookie'
import { SESSION_COOKIE } from '@/lib/auth/session-policy'
import { deleteSession } from '@/lib/db/services/sessions'

export const dynamic = 'force-dynamic'

/**
 * Sign-out: the session row is deleted, so the token is dead at once even if the cookie survives.
 * Only the app's own pages may sign a person out (403 otherwise).
 */
export async function POST(request: NextRequest) {
  const crossOrigin = refuseCrossOrigin(request)
  if (crossOrigin) return crossOrigin
  const token = request.cookies.get(SESSION_COOKIE)?.value
  if (token) await deleteSession(token)
  const response = relativeRedirect('/login', 303)
  const cookie = clearedSessionCookie(isHttps(request.headers))
  response.cookies.set(cookie.name, cookie.value, cookie.options)
  return response
}
