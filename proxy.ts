import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy } from '@/lib/auth/security-headers'
import { SESSION_COOKIE } from '@/lib/auth/session-policy'

// Reachable without a session: sign-in, first-run setup, health, and machine APIs that
// authenticate with their own tokens. Every page and action still checks permission itself.
const PUBLIC = [/^\/login$/, /^\/setup$/, /^\/forbidden$/, /^\/api\/health$/, /^\/api\/auth\//, /^\/api\/v1\//]

/**
 * An absolute URL on the origin the browser used (its Host header), not the one Next derives from
 * its bind address (127.0.0.1 vs localhost, or a proxy's name): switching origins would drop the
 * session cookie. The proxy must give Next an absolute Location.
 */
function sameOriginUrl(request: NextRequest, path: string): URL {
  const host = request.headers.get('host') ?? request.nextUrl.host
  const proto = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', '')
  return new URL(path, `${proto}://${host}`)
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
    const response = NextResponse.redirect(sameOriginUrl(request, '/login'))
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
