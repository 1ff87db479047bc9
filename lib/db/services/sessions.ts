import { prisma } from '../client'
import { hashToken, newToken } from '@/lib/auth/session-token'
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS, isSessionAlive, TOUCH_INTERVAL_MS } from '@/lib/auth/session-policy'
import { isRole, parseCategories, type Actor } from '@/lib/auth/roles'
import type { Prisma } from '../generated/client'
import { writeTransaction } from '../write-transaction'

/** Opens a session for a user; returns the token for the cookie (the database keeps only its HMAC). */
export async function createSession(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  return writeTransaction((tx) => openSession(tx, userId, now))
}

/** createSession inside the caller's transaction, for a sign-in that writes more (single sign-on provisions). */
export async function openSession(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken()
  const expiresAt = new Date(now.getTime() + ABSOLUTE_LIFETIME_MS)
  await tx.session.create({ data: { tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt } })
  return { token, expiresAt }
}

interface SessionWithUser {
  id: string
  lastSeenAt: Date
  expiresAt: Date
  user: { id: string; email: string; name: string; role: string; categories: string; disabledAt: Date | null }
}

/** A raw date column: SQLite hands back text, PostgreSQL a Date. */
const asDate = (value: Date | string | number): Date => (value instanceof Date ? value : new Date(value))

/**
 * The session of a token hash with its user, in one query. Every signed-in request runs it, and a
 * tagged raw join costs a fraction of the ORM's findUnique-with-include, which compiles its query
 * plan on each call (measured: about 6× as long); see docs/benchmarks.md.
 */
async function findSessionWithUser(tokenHash: string): Promise<SessionWithUser | null> {
  const rows = await prisma.$queryRaw<
    {
      id: string
      lastSeenAt: Date | string
      expiresAt: Date | string
      userId: string
      email: string
      name: string
      role: string
      categories: string
      disabledAt: Date | string | null
    }[]
  >`SELECT s."id", s."lastSeenAt", s."expiresAt", u."id" AS "userId", u."email", u."name", u."role", u."categories", u."disabledAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."tokenHash" = ${tokenHash}`
  const row = rows[0]
  if (!row) return null
  return {
    id: row.id,
    lastSeenAt: asDate(row.lastSeenAt),
    expiresAt: asDate(row.expiresAt),
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      role: row.role,
      categories: row.categories,
      disabledAt: row.disabledAt === null ? null : asDate(row.disabledAt),
    },
  }
}

/**
 * The signed-in actor for a session token, or null when the token is unknown, expired (idle or
 * absolute) or its user is disabled. Dead sessions are deleted on sight.
 */
export async function getSessionActor(token: string | undefined, now = new Date()): Promise<Actor | null> {
  if (!token || token.length > 128) return null
  const session = await findSessionWithUser(hashToken(token))
  if (!session) return null
  if (!isSessionAlive(session, now) || session.user.disabledAt) {
    await writeTransaction((tx) => tx.session.deleteMany({ where: { id: session.id } }))
    return null
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await writeTransaction((tx) => tx.session.update({ where: { id: session.id }, data: { lastSeenAt: now } }))
  }
  const { user } = session
  const role = user.role
  if (!isRole(role)) return null
  return { id: user.id, email: user.email, name: user.name, role, categories: parseCategories(user.categories) }
}

/** Ends one session at once (sign-out). */
export async function deleteSession(token: string): Promise<void> {
  await writeTransaction((tx) => tx.session.deleteMany({ where: { tokenHash: hashToken(token) } }))
}

/**
 * Deletes every session past its absolute end or idle too long, in the caller's transaction. Dead
 * sessions are refused on sight anyway; sweeping (on each sign-in) keeps their token hashes from
 * lingering in the database and its backups.
 */
export async function sweepDeadSessions(tx: Prisma.TransactionClient, now: Date): Promise<number> {
  const idleSince = new Date(now.getTime() - IDLE_TIMEOUT_MS)
  const { count } = await tx.session.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] } })
  return count
}
