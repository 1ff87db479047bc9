import { NextResponse, type NextRequest } from 'next/server'
import { relativeRedirect } from '@/lib/auth/relative-redirect'
import { contentSecurityPolicy } from '@/lib/auth/security-headers'
import { SESSION_COOKIE } from '@/lib/auth/session-policy'

// Reachable without a session: sign-in, first-run setup, health, and machine APIs that
// authenticate with their own tokens. Every page and action still checks permission itself.
const PUBLIC = [/^\/login$/, /^\/setup$/, /^\/forbidden$/, /^\/api\/health$/, /^\/api\/auth\//, /^\/api\/v1\//]

/**
 * Runs before every route: gives each response its CSP with a fresh nonce (Next puts the nonce on
 * its own scripts), and sends signed-out visitors of a page to the sign-in page.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development')
  const { pathname } = request.nextUrl
  const signedOut = !request.cookies.has(SESSION_COOKIE)
  const isPage = request.method === 'GET' && !pathname.startsWith('/api/')
  if (signedOut && isPage && !PUBLIC.some((p) => p.test(pathname))) {
    const response = relativeRedirect('/login')
    response.headers.set('Content-Security-Policy', csp)
    return response
  }
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
}
