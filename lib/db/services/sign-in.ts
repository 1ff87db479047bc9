import { prisma } from '../client'
import { verifyPassword } from '@/lib/auth/password'
import { getStoredSso } from '../queries/sso-settings'
import { appendAuditDirect } from './audit-direct'
import { releaseAttempt, reserveAttempt } from './login-limit'
import { createSession } from './sessions'

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; status: 401 | 403; message: string }
  | { ok: false; status: 429; retryAfter: number; message: string }

const REFUSED = 'Email or password is wrong.'

/** Whether password sign-in is open to this person: to everyone, or (turned off by an admin) to the break-glass admin only. */
async function passwordAllowed(email: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const { settings } = await getStoredSso()
  if (settings.passwordSignIn === 'everyone' || email === settings.breakGlassEmail) return { ok: true }
  const provider = settings.providerName || 'single sign-on'
  return { ok: false, message: `Password sign-in is turned off for this organisation. Use "Sign in with ${provider}".` }
}

/**
 * Checks a sign-in. Unknown accounts, disabled accounts and wrong passwords get the same answer in
 * the same time (a password hash is always verified). Failures count per address and per account;
 * every attempt counts as one until its password proves right (see reserveAttempt).
 */
export async function signIn(email: string, password: string, address: string): Promise<SignInResult> {
  const keys = [`ip:${address}`, `account:${email}`]
  const attempt = await reserveAttempt(keys)
  if (!attempt.ok) {
    const wait = attempt.retryAfter
    return { ok: false, status: 429, retryAfter: wait, message: `Too many failed sign-ins. Try again in ${wait} seconds.` }
  }
  const user = await prisma.user.findUnique({ where: { email } })
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password)
  if (!user || !passwordOk || user.disabledAt) return { ok: false, status: 401, message: REFUSED }
  // Asked only once the password proved right, so the answer never tells which account is the break-glass one.
  const allowed = await passwordAllowed(user.email)
  if (!allowed.ok) {
    await releaseAttempt(attempt.failureIds)
    await appendAuditDirect({ actor: user.email, action: 'session.password-refused', entity: 'user', entityId: user.id })
    return { ok: false, status: 403, message: allowed.message }
  }
  await releaseAttempt(attempt.failureIds)
  const session = await createSession(user.id)
  await appendAuditDirect({ actor: user.email, action: 'session.sign-in', entity: 'user', entityId: user.id })
  return { ok: true, ...session }
}
