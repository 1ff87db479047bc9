/**
 * Session lifetimes (OWASP ASVS 5.0 §7.3): a session ends after 8 hours without use, and after
 * 7 days whatever the activity. Both can be shortened or lengthened by environment variables.
 */
export const IDLE_TIMEOUT_MS = Number(process.env.SESSION_IDLE_MINUTES ?? 480) * 60_000
export const ABSOLUTE_LIFETIME_MS = Number(process.env.SESSION_MAX_HOURS ?? 168) * 3_600_000
/** lastSeenAt is written at most once a minute, so reads do not turn into writes on every request. */
export const TOUCH_INTERVAL_MS = 60_000

export const SESSION_COOKIE = 'cto_session'

export function isSessionAlive(session: { lastSeenAt: Date; expiresAt: Date }, now: Date): boolean {
  return session.expiresAt.getTime() > now.getTime() && now.getTime() - session.lastSeenAt.getTime() < IDLE_TIMEOUT_MS
}
