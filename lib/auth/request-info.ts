/**
 * The client's address for the sign-in limit. Next fills x-forwarded-for from the socket unless the
 * request already carries one, so behind a reverse proxy that sets it this is the real client; a
 * directly exposed server should sit behind one (see the README's security section). The per-account
 * limit does not depend on it.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
}

/** Cookies get the Secure flag whenever the app is reached over HTTPS (directly or via a proxy). */
export function isHttps(headers: Headers): boolean {
  return headers.get('x-forwarded-proto') === 'https'
}
