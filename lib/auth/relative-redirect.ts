import { NextResponse } from 'next/server'

/**
 * A redirect with a relative Location. Next derives request.url's host from its own bind address,
 * which may differ from the host the browser used (127.0.0.1 vs localhost, a proxy's name); an
 * absolute Location would then switch origins, dropping the session cookie and tripping the CSP's
 * form-action 'self'. A relative one always stays on the browser's origin.
 */
export function relativeRedirect(path: string, status: 303 | 307 = 307): NextResponse {
  return new NextResponse(null, { status, headers: { Location: path } })
}
