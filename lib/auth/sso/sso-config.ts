/**
 * Where the identity provider connection comes from. OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET
 * win over what an admin saved in Settings, so a deployment managed as code cannot be changed from the
 * page; the page says so. The secret may be empty for a public client (PKCE alone); an issuer without a
 * client id, or the reverse, is a mistake to report rather than to guess around.
 */
export interface SsoConnection {
  issuer: string
  clientId: string
  /** Empty for a public client. */
  clientSecret: string
}

export type SsoSource = 'env' | 'settings'

export type ResolvedSso =
  | { configured: true; source: SsoSource; connection: SsoConnection }
  | { configured: false; source: SsoSource | null; problem: string | null }

/** The environment, or a test's stand-in: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are read. */
export type SsoEnv = Readonly<Record<string, string | undefined>>

/** The connection saved in Settings: the secret decrypted, '' when none was saved, null when it cannot be decrypted. */
export interface StoredConnection {
  issuer: string
  clientId: string
  clientSecret: string | null
}

export function resolveSsoConnection(env: SsoEnv, stored: StoredConnection | null): ResolvedSso {
  const issuer = env.OIDC_ISSUER?.trim() ?? ''
  const clientId = env.OIDC_CLIENT_ID?.trim() ?? ''
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim() ?? ''
  if (issuer !== '' || clientId !== '' || clientSecret !== '') {
    if (issuer === '' || clientId === '') {
      const missing = issuer === '' ? 'OIDC_ISSUER' : 'OIDC_CLIENT_ID'
      return {
        configured: false,
        source: 'env',
        problem: `Single sign-on is half configured by environment variables: set ${missing} too.`,
      }
    }
    return { configured: true, source: 'env', connection: { issuer, clientId, clientSecret } }
  }
  if (!stored || stored.issuer === '' || stored.clientId === '') return { configured: false, source: null, problem: null }
  if (stored.clientSecret === null) {
    return {
      configured: false,
      source: 'settings',
      problem: 'The saved client secret cannot be read with this server secret (was APP_SECRET changed?). Enter it again in Settings.',
    }
  }
  return { configured: true, source: 'settings', connection: { ...stored, clientSecret: stored.clientSecret } }
}

/**
 * Plain http is refused for a real identity provider (the ID token and client secret travel on it);
 * only a provider on this machine, as in the browser tests, may use it.
 */
export function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname)
}
