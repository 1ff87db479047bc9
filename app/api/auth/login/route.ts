import { NextResponse, type NextRequest } from 'next/server'
import { refuseCrossOrigin } from '@/lib/auth/app-origin'
import { clientAddress, isHttps } from '@/lib/auth/request-info'
import { sessionCookie } from '@/lib/auth/session-cookie'
import { signIn } from '@/lib/db/services/sign-in'
import { signInSchema } from '@/lib/validation/user-schema'

export const dynamic = 'force-dynamic'

const isJson = (type: string | null) => type !== null && /^application\/json\s*(;|$)/i.test(type.trim())

/**
 * Sign-in. Public by nature; it answers 401 for any wrong email or password (same message, same
 * time) and 429 with Retry-After after 5 failures a minute for one address or one account.
 * A cross-site request (403) or a body that is not JSON (415) is refused before anything is read: a
 * plain HTML form from another site could otherwise sign the victim in to the attacker's account.
 */
export async function POST(request: NextRequest) {
  const crossOrigin = refuseCrossOrigin(request)
  if (crossOrigin) return crossOrigin
  if (!isJson(request.headers.get('content-type'))) {
    return NextResponse.json({ ok: false, message: 'Send the sign-in as application/json.' }, { status: 415 })
  }
  const body: unknown = await request.json().catch(() => null)
  const parsed = signInSchema.safeParse(body)
  if (!parsed.success) return NextResponse.json({ ok: false, message: 'Enter your email and password.' }, { status: 400 })
  const result = await signIn(parsed.data.email, parsed.data.password, clientAddress(request.headers))
  if (!result.ok) {
    const headers: Record<string, string> = result.status === 429 ? { 'Retry-After': String(result.retryAfter) } : {}
    return NextResponse.json({ ok: false, message: result.message }, { status: result.status, headers })
  }
  const response = NextResponse.json({ ok: true })
  const cookie = sessionCookie(result.token, result.expiresAt, isHttps(request.headers))
  response.cookies.set(cookie.name, cookie.value, cookie.options)
  return response
}
