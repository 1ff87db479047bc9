import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { serverSecret } from '../secret'

/**
 * What the sign-in start hands to its callback: the state, nonce and PKCE verifier of one attempt.
 * Kept in the browser, not in a table, so any app instance can finish what another started; sealed
 * with AES-256-GCM under a key derived from the server secret, so it can be neither read (the PKCE
 * verifier must stay secret from anyone who sees the redirect) nor forged, and it ends after ten minutes.
 */
export interface OidcFlow {
  state: string
  nonce: string
  codeVerifier: string
  /** Where to go once signed in: a path of this app. */
  returnTo: string
}

export const FLOW_COOKIE = 'scorecard_oidc_flow'
export const FLOW_LIFETIME_MS = 10 * 60_000
/** Sent only to the SSO routes: nothing else needs it. */
export const FLOW_COOKIE_PATH = '/api/auth/oidc'

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'cto-scorecard', 'oidc-flow-v1', 32))
}

export function sealFlow(flow: OidcFlow, now: Date, secret: string = serverSecret()): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv)
  const plain = JSON.stringify({ ...flow, exp: now.getTime() + FLOW_LIFETIME_MS })
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.')
}

const isText = (v: unknown): v is string => typeof v === 'string' && v !== ''

/** The flow, or null when the cookie is missing, altered, sealed under another secret or expired. */
export function openFlow(sealed: string | undefined, now: Date, secret: string = serverSecret()): OidcFlow | null {
  const [iv, tag, body] = sealed?.split('.') ?? []
  if (!iv || !tag || !body) return null
  let value: unknown
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(secret), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    value = JSON.parse(Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8'))
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { state, nonce, codeVerifier, returnTo, exp } = value as Record<string, unknown>
  if (!isText(state) || !isText(nonce) || !isText(codeVerifier) || !isText(returnTo)) return null
  if (typeof exp !== 'number' || exp <= now.getTime()) return null
  return { state, nonce, codeVerifier, returnTo }
}
