import { SESSION_COOKIE } from './session-policy'

export interface CookieSpec {
  name: string
  value: string
  options: { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/'; expires: Date }
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS, ending with the session. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): CookieSpec {
  return { name: SESSION_COOKIE, value: token, options: { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt } }
}

export function clearedSessionCookie(secure: boolean): CookieSpec {
  return sessionCookie('', new Date(0), secure)
}
