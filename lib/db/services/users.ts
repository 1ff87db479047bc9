import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { hashPassword } from '@/lib/auth/password'
import type { NewUser } from '@/lib/validation/user-schema'
import { appendAudit } from './audit'

export type UserResult = { ok: true; id: string } | { ok: false; fieldErrors: Record<string, string> }

async function insertUser(tx: Prisma.TransactionClient, user: NewUser, actor: string): Promise<UserResult> {
  if (await tx.user.findUnique({ where: { email: user.email } })) {
    return { ok: false, fieldErrors: { email: 'A user with this email already exists.' } }
  }
  const created = await tx.user.create({
    data: { email: user.email, name: user.name, role: user.role, categories: JSON.stringify(user.categories), passwordHash: await hashPassword(user.password) },
  })
  await appendAudit(tx, {
    actor,
    action: 'user.create',
    entity: 'user',
    entityId: created.id,
    after: { email: user.email, name: user.name, role: user.role, categories: user.categories },
  })
  return { ok: true, id: created.id }
}

/** Creates a user (admin only; the caller checks). The password hash is computed before the transaction. */
export async function createUser(user: NewUser, actor: string): Promise<UserResult> {
  return prisma.$transaction((tx) => insertUser(tx, user, actor))
}

/**
 * Creates the first admin, and only while there is no user at all: the check and the insert share
 * one transaction, so two first visitors cannot both become admin.
 */
export async function createFirstAdmin(user: NewUser): Promise<UserResult> {
  return prisma.$transaction(async (tx): Promise<UserResult> => {
    if ((await tx.user.count()) > 0) return { ok: false, fieldErrors: { form: 'The admin account already exists. Sign in instead.' } }
    return insertUser(tx, { ...user, role: 'admin', categories: [] }, user.email)
  })
}

export async function hasAnyUser(): Promise<boolean> {
  return (await prisma.user.count()) > 0
}

/** Disables or re-enables a user; disabling ends all their sessions at once. */
export async function setUserDisabled(userId: string, disabled: boolean, actor: string): Promise<UserResult> {
  return prisma.$transaction(async (tx): Promise<UserResult> => {
    const user = await tx.user.findUnique({ where: { id: userId } })
    if (!user) return { ok: false, fieldErrors: { form: 'No such user.' } }
    if (disabled && user.role === 'admin') {
      const admins = await tx.user.count({ where: { role: 'admin', disabledAt: null } })
      if (admins <= 1) return { ok: false, fieldErrors: { form: 'The last active admin cannot be disabled.' } }
    }
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } })
    if (disabled) await tx.session.deleteMany({ where: { userId } })
    await appendAudit(tx, {
      actor,
      action: disabled ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: userId,
      before: { email: user.email, disabled: user.disabledAt !== null },
      after: { email: user.email, disabled },
    })
    return { ok: true, id: userId }
  })
}

/** Changes a user's role and owned categories (admin only). Keeps at least one active admin. */
export async function setUserRole(userId: string, role: string, categories: string[], actor: string): Promise<UserResult> {
  return prisma.$transaction(async (tx): Promise<UserResult> => {
    const user = await tx.user.findUnique({ where: { id: userId } })
    if (!user) return { ok: false, fieldErrors: { form: 'No such user.' } }
    if (user.role === 'admin' && role !== 'admin') {
      const admins = await tx.user.count({ where: { role: 'admin', disabledAt: null } })
      if (admins <= 1) return { ok: false, fieldErrors: { role: 'The last active admin must stay admin.' } }
    }
    const owned = role === 'owner' ? categories : []
    await tx.user.update({ where: { id: userId }, data: { role, categories: JSON.stringify(owned) } })
    await appendAudit(tx, {
      actor,
      action: 'user.role',
      entity: 'user',
      entityId: userId,
      before: { role: user.role, categories: JSON.parse(user.categories) as unknown },
      after: { role, categories: owned },
    })
    return { ok: true, id: userId }
  })
}

export interface UserRow {
  id: string
  email: string
  name: string
  role: string
  categories: string[]
  disabled: boolean
  createdAt: Date
}

export async function listUsers(): Promise<UserRow[]> {
  const users = await prisma.user.findMany({ orderBy: { email: 'asc' } })
  return users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, categories: JSON.parse(u.categories) as string[], disabled: u.disabledAt !== null, createdAt: u.createdAt }))
}
