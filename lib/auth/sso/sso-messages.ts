import { configuredOrigin } from '../app-origin'
import { isHttps } from '../request-info'

/**
 * Why a single sign-on attempt ended on the sign-in page. The callback passes only the code in the
 * URL; the sign-in page shows the fixed words, so nothing an attacker puts in a link is reflected.
 */
export const SSO_REFUSALS = {
  'not-configured': 'Single sign-on is not set up. Sign in with your password, or ask an admin to set it up.',
  unavailable: 'The identity provider could not be reached. Try again in a minute; if it keeps happening, tell your admin.',
  expired: 'That sign-in attempt expired or did not start in this browser. Start again.',
  'provider-error': 'The identity provider did not sign you in. Start again, or ask your admin whether you may use this app.',
  invalid:
    'The identity provider’s answer could not be verified, so you were not signed in. Start again; if it keeps happening, tell your admin.',
  'no-email':
    'The identity provider did not give your email address, so you were not signed in. Ask your admin to include the email claim.',
  'unverified-email': 'The identity provider says your email address is not verified, so you were not signed in.',
  disabled: 'Your account is disabled in CTO Scorecard. Ask an admin to re-enable it.',
} as const

export type SsoRefusal = keyof typeof SSO_REFUSALS

export function ssoRefusalMessage(code: string | undefined): string | null {
  return code !== undefined && Object.hasOwn(SSO_REFUSALS, code) ? SSO_REFUSALS[code as SsoRefusal] : null
}

export const CALLBACK_PATH = '/api/auth/oidc/callback'

/**
 * The redirect URI registered with the provider: on APP_URL when set (behind a proxy it is the only
 * URL the browser and the provider agree on), else on the origin the browser used.
 */
export function redirectUri(headers: Headers): string {
  const origin = configuredOrigin() ?? `${isHttps(headers) ? 'https' : 'http'}://${headers.get('host') ?? 'localhost'}`
  return `${origin}${CALLBACK_PATH}`
}
