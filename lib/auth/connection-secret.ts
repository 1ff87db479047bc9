import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { serverSecret } from './secret'

/**
 * A connection's webhook secret must be read back to check signatures, so it cannot be hashed like a
 * token; it is encrypted with AES-256-GCM under a key derived (HKDF-SHA256) from the server secret, so
 * a copy of the database alone does not give it away. GCM's tag also refuses a tampered value.
 */
const VERSION = 'v1'

// HKDF costs about 0.1 ms, on every delivery's signature check; the server secret does not change while
// the process runs, so its key is derived once (tests that switch secrets get theirs derived anew).
let derived: { secret: string; key: Buffer } | null = null

function key(secret: string): Buffer {
  if (derived?.secret !== secret)
    derived = { secret, key: Buffer.from(hkdfSync('sha256', secret, 'cto-scorecard', 'connection-secret-v1', 32)) }
  return derived.key
}

export function encryptConnectionSecret(plain: string, secret: string = serverSecret()): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}

/** The secret, or null when the value was not encrypted under this server secret (or was altered). */
export function decryptConnectionSecret(stored: string, secret: string = serverSecret()): string | null {
  const [version, iv, tag, body] = stored.split('.')
  if (version !== VERSION || !iv || !tag || body === undefined) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(secret), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

/** 32 random bytes as hex: GitHub and GitLab accept it as is, and it is safe in a header. */
export function newConnectionSecret(): string {
  return randomBytes(32).toString('hex')
}
