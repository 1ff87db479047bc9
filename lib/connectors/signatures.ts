import { createHmac, timingSafeEqual } from 'node:crypto'

/** Equal strings in time that does not depend on where they differ (so a forger learns nothing). */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  // Lengths are not secret (a SHA-256 hex digest is always 64 characters), but timingSafeEqual needs them equal.
  return x.length === y.length && timingSafeEqual(x, y)
}

const hmacHex = (secret: string, body: Buffer) => createHmac('sha256', secret).update(body).digest('hex')

/** GitHub: X-Hub-Signature-256 is "sha256=" and the HMAC-SHA256 of the raw body, in hex. */
export function githubSignatureValid(body: Buffer, header: string | null, secret: string): boolean {
  if (!header?.startsWith('sha256=')) return false
  return sameText(header.slice('sha256='.length).toLowerCase(), hmacHex(secret, body))
}

/** GitLab: X-Gitlab-Token is the secret itself. */
export function gitlabTokenValid(header: string | null, secret: string): boolean {
  return header !== null && sameText(header, secret)
}

/**
 * PagerDuty v3: X-PagerDuty-Signature lists "v1=<hex HMAC-SHA256 of the raw body>" entries separated
 * by commas; during a secret rotation there are several, and any one that matches is enough.
 */
export function pagerdutySignatureValid(body: Buffer, header: string | null, secret: string): boolean {
  if (!header) return false
  const expected = hmacHex(secret, body)
  let valid = false
  // Every entry is compared, so the time taken does not reveal which one matched.
  for (const entry of header.split(',')) {
    const value = entry.trim()
    if (value.startsWith('v1=') && sameText(value.slice(3).toLowerCase(), expected)) valid = true
  }
  return valid
}
