import { configuredOrigin } from './app-origin'

/**
 * What the request says about its sender, read only from sources that cannot be forged from the
 * outside. The app's server (scripts/server.mjs) stamps the socket's address and protocol on every
 * request under internal header names, after deleting any copy the client sent. X-Forwarded-For and
 * X-Forwarded-Proto are believed only with TRUST_PROXY=1, when a reverse proxy in front sets them.
 */
// Kept equal to scripts/peer-headers.mjs (a test checks).
export const PEER_ADDRESS_HEADER = 'x-scorecard-peer-address'
export const PEER_PROTO_HEADER = 'x-scorecard-peer-proto'
export const PEER_HEADERS_ENV = 'SCORECARD_PEER_HEADERS'

export function trustProxy(): boolean {
  return /^(1|true|yes|on)$/i.test(process.env.TRUST_PROXY ?? '')
}

/** A header the app's server stamped; null under any other server (`next dev`), where a client could set it. */
function peerHeader(headers: Headers, name: string): string | null {
  return process.env[PEER_HEADERS_ENV] === '1' ? headers.get(name) : null
}

/**
 * The client's address for the sign-in limit: the socket's, or with TRUST_PROXY the first
 * X-Forwarded-For entry (the proxy's view of the client). The per-account limit does not depend on it.
 */
export function clientAddress(headers: Headers): string {
  if (trustProxy()) {
    const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return peerHeader(headers, PEER_ADDRESS_HEADER) || 'unknown'
}

/**
 * The request reached us over HTTPS: a TLS socket, with TRUST_PROXY the proxy's X-Forwarded-Proto,
 * or an https APP_URL (people reach the app there, whatever the last hop). Cookies then get Secure.
 */
export function isHttps(headers: Headers): boolean {
  if (peerHeader(headers, PEER_PROTO_HEADER) === 'https') return true
  if (configuredOrigin()?.startsWith('https:')) return true
  return trustProxy() && headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https'
}

/** Sent with every answer to a request that came over HTTPS: browsers then refuse plain HTTP for a year. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains'
