import { NextResponse } from 'next/server'

/**
 * The app's own origin for cross-site request checks. APP_URL when set (the public URL people use,
 * which a reverse proxy may hide from the server); otherwise the Host header of the request itself.
 * A cross-site page cannot forge Host: the browser sets it to the server it connects to, which is
 * this one. So the Origin a hostile page's browser sends never equals it.
 */
export function configuredOrigin(): string | null {
  const url = process.env.APP_URL?.trim()
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    throw new Error(`APP_URL is not a URL: ${url}`)
  }
}

/** The origin a browser attached to the request: Origin, else Referer's origin; null when neither is usable. */
export function requestOrigin(headers: Headers): string | null {
  const origin = headers.get('origin')
  // "null" is what sandboxed frames, data: URLs and cross-origin redirects send: never ours.
  if (origin !== null) return origin === 'null' ? null : origin
  const referer = headers.get('referer')
  if (!referer) return null
  try {
    return new URL(referer).origin
  } catch {
    return null
  }
}

/**
 * True when the request comes from a page of this app. Requests with neither Origin nor Referer are
 * refused too: every browser sends Origin with a POST, so only a non-browser client lacks both, and
 * such a client can send the header as easily as a cookie.
 */
export function isSameOrigin(headers: Headers): boolean {
  const from = requestOrigin(headers)
  if (from === null) return false
  const own = configuredOrigin()
  if (own !== null) return from === own
  const host = headers.get('host')
  if (!host) return false
  try {
    const url = new URL(from)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase()
  } catch {
    return false
  }
}

export const CROSS_ORIGIN_MESSAGE = 'This request did not come from a page of this app, so it was refused. Reload the page and try again.'

/**
 * The first step of every state-changing route handler that a browser session authorizes (Server
 * Actions get Next's own check): the 403 refusing a cross-site request, or null to go on. Bearer-token
 * routes (/api/v1) carry no cookie and need no check.
 */
export function refuseCrossOrigin(request: Request): NextResponse | null {
  if (isSameOrigin(request.headers)) return null
  return NextResponse.json(
    { ok: false, message: CROSS_ORIGIN_MESSAGE, fieldErrors: { form: CROSS_ORIGIN_MESSAGE } },
    { status: 403, headers: { 'Cache-Control': 'no-store' } },
  )
}
