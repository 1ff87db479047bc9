import { prisma } from '../client'
import { verifyPassword } from '@/lib/auth/password'
import { appendAuditDirect } from './audit-direct'
import { releaseAttempt, reserveAttempt } from './login-limit'
import { createSession } from './sessions'

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; status: 401; message: string }
  | { ok: false; status: 429; retryAfter: number; message: string }

const REFUSED = 'Email or password is wrong.'

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
  await releaseAttempt(attempt.failureIds)
  const session = await createSession(user.id)
  await appendAuditDirect({ actor: user.email, action: 'session.sign-in', entity: 'user', entityId: user.id })
  return { ok: true, ...session }
}
