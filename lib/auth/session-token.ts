import { createHmac, randomBytes } from 'node:crypto'
import { serverSecret } from './secret'

/** A new session or API token: 256 random bits, base64url. Shown to its holder only. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * What the database keeps instead of the token: its HMAC-SHA-256 under the server secret, so a
 * stolen database grants nothing and cannot even be used to test guesses offline.
 */
export function hashToken(token: string): string {
  return createHmac('sha256', serverSecret()).update(token).digest('hex')
}
