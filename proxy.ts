import { NextResponse, type NextRequest } from 'next/server'
import { configuredOrigin } from '@/lib/auth/app-origin'
import { HSTS_VALUE, isHttps } from '@/lib/auth/request-info'
import { contentSecurityPolicy } from '@/lib/auth/security-headers'
import { SESSION_COOKIE } from '@/lib/auth/session-policy'

// Reachable without a session: sign-in, first-run setup, health, and machine APIs that
// authenticate with their own tokens. Every page and action still checks permission itself.
const PUBLIC = [/^\/login$/, /^\/setup$/, /^\/forbidden$/, /^\/api\/health$/, /^\/api\/auth\//, /^\/api\/v1\//]

/**
 * Where a signed-out visitor is sent: APP_URL's sign-in page when it is set, else the sign-in page
 * on the URL Next derives from its own bind address, which Next turns into a relative Location (it
 * relativizes a proxy's redirect to the request's own origin), so the browser stays on the origin it
 * used. Never built from the Host header: a forged Host would be reflected into the redirect.
 */
function signInRedirect(request: NextRequest): NextResponse {
  const own = configuredOrigin()
  return NextResponse.redirect(new URL('/login', own ?? request.nextUrl))
}

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
    return withHeaders(signInRedirect(request), csp, request)
  }
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, request)
}

/** The CSP, and HSTS when the request came over HTTPS (directly, or through a trusted proxy). */
function withHeaders(response: NextResponse, csp: string, request: NextRequest): NextResponse {
  response.headers.set('Content-Security-Policy', csp)
  if (isHttps(request.headers)) response.headers.set('Strict-Transport-Security', HSTS_VALUE)
  return response
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
}
