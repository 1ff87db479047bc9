import { NextResponse, type NextRequest } from 'next/server'
import { relativeRedirect } from '@/lib/auth/relative-redirect'
import { isHttps } from '@/lib/auth/request-info'
import { sessionCookie } from '@/lib/auth/session-cookie'
import { FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_LIFETIME_MS, openFlow, sealFlow } from '@/lib/auth/sso/flow-cookie'
import { identityFromClaims } from '@/lib/auth/sso/identity'
import { failureDetail, finishSignIn, oidcConfiguration, startSignIn } from '@/lib/auth/sso/oidc-client'
import { redirectUri, type SsoRefusal } from '@/lib/auth/sso/sso-messages'
import { getSsoSetup } from '@/lib/db/queries/sso-settings'
import { recordSsoRefusal, signInWithSso } from '@/lib/db/services/sso-sign-in'

function refuse(code: SsoRefusal, secure: boolean): NextResponse {
  const response = relativeRedirect(`/login?sso=${code}`, 303)
  response.cookies.set(FLOW_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: FLOW_COOKIE_PATH, maxAge: 0 })
  return response
}

/**
 * GET /api/auth/oidc/start: sends the browser to the identity provider with a fresh state, nonce and
 * PKCE challenge, keeping them sealed in a ten-minute cookie that only these routes receive. Public:
 * it signs nobody in, and a link to it from elsewhere only starts an attempt the visitor must finish.
 */
export async function handleOidcStart(request: NextRequest): Promise<NextResponse> {
  const secure = isHttps(request.headers)
  const { settings, resolved } = await getSsoSetup()
  if (!resolved.configured) return refuse('not-configured', secure)
  const config = await oidcConfiguration(resolved.connection).catch((error: unknown) => {
    console.warn('Single sign-on: discovery failed:', error instanceof Error ? error.message : error)
    return null
  })
  if (!config) return refuse('unavailable', secure)
  const { url, flow } = await startSignIn(config, redirectUri(request.headers), settings.scopes, '/')
  const response = NextResponse.redirect(url, 303)
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: FLOW_COOKIE_PATH, maxAge: FLOW_LIFETIME_MS / 1000 }
  response.cookies.set(FLOW_COOKIE, sealFlow(flow, new Date()), options)
  return response
}

/**
 * GET /api/auth/oidc/callback: the provider's answer. Refused unless it matches the attempt this
 * browser started (state), proves the code is ours (PKCE), and carries an ID token signed by the
 * provider, issued by it, for this client, unexpired and with our nonce. Every refusal after a valid
 * start is audited with the check that failed; the person sees a fixed message on the sign-in page.
 */
export async function handleOidcCallback(request: NextRequest): Promise<NextResponse> {
  const secure = isHttps(request.headers)
  const now = new Date()
  const flow = openFlow(request.cookies.get(FLOW_COOKIE)?.value, now)
  if (!flow) return refuse('expired', secure)
  const params = request.nextUrl.searchParams
  const { settings, resolved } = await getSsoSetup()
  if (!resolved.configured) return refuse('not-configured', secure)
  if (params.has('error')) {
    await recordSsoRefusal('provider-error', String(params.get('error')).slice(0, 200), settings.providerName)
    return refuse('provider-error', secure)
  }
  const config = await oidcConfiguration(resolved.connection).catch(() => null)
  if (!config) return refuse('unavailable', secure)
  // The URL the provider redirected to, rebuilt on the registered redirect URI: behind a proxy the
  // request's own URL names the server's bind address instead.
  const callbackUrl = new URL(redirectUri(request.headers))
  callbackUrl.search = request.nextUrl.search
  let claims: Record<string, unknown>
  try {
    claims = await finishSignIn(config, callbackUrl, flow)
  } catch (error) {
    await recordSsoRefusal('invalid', failureDetail(error), settings.providerName)
    return refuse('invalid', secure)
  }
  const identity = identityFromClaims(claims, settings.groupsClaim)
  if (!identity.ok) {
    await recordSsoRefusal(identity.reason, `ID token of ${String(claims.sub)}`, settings.providerName)
    return refuse(identity.reason, secure)
  }
  const result = await signInWithSso(identity.identity, settings, now)
  if (!result.ok) return refuse(result.reason, secure)
  const response = relativeRedirect(flow.returnTo, 303)
  const cookie = sessionCookie(result.token, result.expiresAt, secure)
  response.cookies.set(cookie.name, cookie.value, cookie.options)
  response.cookies.set(FLOW_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: FLOW_COOKIE_PATH, maxAge: 0 })
  return response
}
