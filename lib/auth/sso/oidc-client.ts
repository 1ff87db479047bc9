import * as client from 'openid-client'
import type { OidcFlow } from './flow-cookie'
import { isLoopbackHttp, type SsoConnection } from './sso-config'

/**
 * The OpenID Connect client, through openid-client: discovery, the authorization URL with PKCE (S256),
 * state and nonce, and the code exchange, which checks state, PKCE, and the ID token's issuer,
 * audience, expiry, issued-at and nonce. openid-client skips the ID token's signature by default (the
 * token came straight from the provider over TLS); enableNonRepudiationChecks turns that check on
 * against the provider's published keys, so a token the provider did not sign is refused too.
 */
const DISCOVERY_TTL_MS = 60 * 60_000
const discovered = new Map<string, { at: number; config: Promise<client.Configuration> }>()

function cacheKey(c: SsoConnection): string {
  return JSON.stringify([c.issuer, c.clientId, c.clientSecret])
}

async function discover(c: SsoConnection): Promise<client.Configuration> {
  const issuer = new URL(c.issuer)
  const insecure = isLoopbackHttp(issuer)
  const options = { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 }
  const auth = c.clientSecret === '' ? client.None() : client.ClientSecretBasic(c.clientSecret)
  let config = await client.discovery(issuer, c.clientId, undefined, auth, options)
  // client_secret_basic is the default of the standard (Okta, Keycloak); a provider that lists only
  // client_secret_post gets the secret in the body instead.
  const methods = config.serverMetadata().token_endpoint_auth_methods_supported
  if (c.clientSecret !== '' && methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')) {
    config = new client.Configuration(config.serverMetadata(), c.clientId, undefined, client.ClientSecretPost(c.clientSecret))
    if (insecure) client.allowInsecureRequests(config)
  }
  client.enableNonRepudiationChecks(config)
  return config
}

/** The provider's configuration, discovered once an hour per connection (a failed discovery is retried next time). */
export function oidcConfiguration(c: SsoConnection, now = Date.now()): Promise<client.Configuration> {
  const key = cacheKey(c)
  const hit = discovered.get(key)
  if (hit && now - hit.at < DISCOVERY_TTL_MS) return hit.config
  const config = discover(c)
  discovered.set(key, { at: now, config })
  config.catch(() => discovered.delete(key))
  return config
}

/** A new attempt: where to send the browser, and what the callback must find again. */
export async function startSignIn(
  config: client.Configuration,
  redirectUri: string,
  scopes: string,
  returnTo: string,
): Promise<{ url: URL; flow: OidcFlow }> {
  const codeVerifier = client.randomPKCECodeVerifier()
  const flow: OidcFlow = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier, returnTo }
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  })
  return { url, flow }
}

/** The ID token's claims once every check passed; throws (openid-client's errors) on any failure. */
export async function finishSignIn(config: client.Configuration, callbackUrl: URL, flow: OidcFlow): Promise<Record<string, unknown>> {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  })
  const claims = tokens.claims()
  if (!claims) throw new Error('The provider sent no ID token.')
  return { ...claims }
}

/**
 * What a refused answer failed on, for the audit log: openid-client wraps the check's own words
 * ('unexpected JWT "aud" (audience) claim value') as the cause of a generic "invalid response".
 */
export function failureDetail(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error; e instanceof Error && parts.length < 4; e = e.cause) parts.push(e.message)
  return (parts.length > 0 ? parts.join(': ') : String(error)).slice(0, 500)
}
