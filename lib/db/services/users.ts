import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { hashPassword } from '@/lib/auth/password'
import { parseCategories } from '@/lib/auth/roles'
import type { CategoryKey } from '@/lib/metrics/categories'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import { changeRoleSchema, newUserSchema, setUserDisabledSchema, type NewUser } from '@/lib/validation/user-schema'
import { isUniqueViolation } from '../write-lock'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

export interface UserRow {
  id: string
  email: string
  name: string
  /** One of ROLES for every row the app wrote; kept as stored so a hand-edited value is not disguised. */
  role: string
  categories: CategoryKey[]
  disabled: boolean
  createdAt: Date
}

export type UserResult = { ok: true; id: string; user: UserRow; changed: boolean } | { ok: false; fieldErrors: FieldErrors }

type StoredUser = { id: string; email: string; name: string; role: string; categories: string; disabledAt: Date | null; createdAt: Date }

function toRow(u: StoredUser): UserRow {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    categories: parseCategories(u.categories),
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt,
  }
}

function done(user: StoredUser, changed: boolean): UserResult {
  return { ok: true, id: user.id, user: toRow(user), changed }
}

function refused(fieldErrors: FieldErrors): UserResult {
  return { ok: false, fieldErrors }
}

const EMAIL_TAKEN = 'A user with this email already exists.'
const LAST_ADMIN_DISABLE = 'The last active admin cannot be disabled.'
const LAST_ADMIN_DEMOTE = 'The last active admin must stay admin.'

/** Whether taking `user` out of the active admins would leave none (a disabled admin counts for nothing). */
async function isLastActiveAdmin(tx: Prisma.TransactionClient, user: StoredUser): Promise<boolean> {
  if (user.role !== 'admin' || user.disabledAt !== null) return false
  return (await tx.user.count({ where: { role: 'admin', disabledAt: null } })) <= 1
}

async function insertUser(tx: Prisma.TransactionClient, user: NewUser, passwordHash: string, actor: string): Promise<UserResult> {
  if (await tx.user.findUnique({ where: { email: user.email } })) return refused({ email: EMAIL_TAKEN })
  const created = await tx.user.create({
    data: { email: user.email, name: user.name, role: user.role, categories: JSON.stringify(user.categories), passwordHash },
  })
  // Never the password or its hash: the audit log is read by every admin.
  await appendAudit(tx, {
    actor,
    action: 'user.create',
    entity: 'user',
    entityId: created.id,
    after: { email: user.email, name: user.name, role: user.role, categories: user.categories },
  })
  return done(created, true)
}

/** The unique index settles two admins adding the same email at the same moment. */
function emailRace(error: unknown): UserResult {
  if (isUniqueViolation(error)) return refused({ email: EMAIL_TAKEN })
  throw error
}

/**
 * Creates a user (the caller checks that its actor may). Argon2 takes ~30 ms, so the hash is
 * computed before the transaction rather than while it holds SQLite's write lock.
 */
export async function createUser(input: unknown, actor: string): Promise<UserResult> {
  const parsed = newUserSchema.safeParse(input)
  if (!parsed.success) return refused(fieldErrorsOf(parsed.error))
  const passwordHash = await hashPassword(parsed.data.password)
  return writeTransaction((tx) => insertUser(tx, parsed.data, passwordHash, actor)).catch(emailRace)
}

/**
 * Creates the first admin, and only while there is no user at all: the check and the insert share
 * one transaction, so two first visitors cannot both become admin.
 */
export async function createFirstAdmin(user: NewUser): Promise<UserResult> {
  const passwordHash = await hashPassword(user.password)
  return writeTransaction(async (tx): Promise<UserResult> => {
    if ((await tx.user.count()) > 0) return refused({ form: 'The admin account already exists. Sign in instead.' })
    return insertUser(tx, { ...user, role: 'admin', categories: [] }, passwordHash, user.email)
  }).catch(emailRace)
}

export async function hasAnyUser(): Promise<boolean> {
  return (await prisma.user.count()) > 0
}

/**
 * Disables or re-enables a user named by id or email. Disabling deletes all their sessions in the
 * same transaction, so they are signed out at once. Nobody disables their own account (they would
 * lock themselves out mid-task), and the last active admin is never disabled.
 */
export async function setUserDisabled(input: unknown, actor: string): Promise<UserResult> {
  const parsed = setUserDisabledSchema.safeParse(input)
  if (!parsed.success) return refused(fieldErrorsOf(parsed.error))
  const { id, email, disabled } = parsed.data
  return writeTransaction(async (tx): Promise<UserResult> => {
    const user = await tx.user.findUnique({ where: id !== undefined ? { id } : { email } })
    if (!user)
      return refused(
        id !== undefined ? { form: 'This user no longer exists. Reload the page.' } : { email: 'No user has this email address.' },
      )
    if ((user.disabledAt !== null) === disabled) return done(user, false)
    if (disabled && user.email === actor) return refused({ form: 'You cannot disable your own account; another admin can.' })
    if (disabled && (await isLastActiveAdmin(tx, user))) return refused({ form: LAST_ADMIN_DISABLE })
    const updated = await tx.user.update({ where: { id: user.id }, data: { disabledAt: disabled ? new Date() : null } })
    if (disabled) await tx.session.deleteMany({ where: { userId: user.id } })
    await appendAudit(tx, {
      actor,
      action: disabled ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: user.id,
      before: { email: user.email, disabled: !disabled },
      after: { email: user.email, disabled },
    })
    return done(updated, true)
  })
}

/**
 * Changes a user's role and owned categories. Takes effect on their next request (sessions read the
 * user's row each time), so nobody needs to sign out. Keeps at least one active admin.
 */
export async function setUserRole(input: unknown, actor: string): Promise<UserResult> {
  const parsed = changeRoleSchema.safeParse(input)
  if (!parsed.success) return refused(fieldErrorsOf(parsed.error))
  const { id, role, categories } = parsed.data
  return writeTransaction(async (tx): Promise<UserResult> => {
    const user = await tx.user.findUnique({ where: { id } })
    if (!user) return refused({ form: 'This user no longer exists. Reload the page.' })
    const before = { role: user.role, categories: parseCategories(user.categories) }
    if (before.role === role && before.categories.join() === categories.join()) return done(user, false)
    if (role !== 'admin' && (await isLastActiveAdmin(tx, user))) return refused({ role: LAST_ADMIN_DEMOTE })
    const updated = await tx.user.update({ where: { id }, data: { role, categories: JSON.stringify(categories) } })
    await appendAudit(tx, { actor, action: 'user.role', entity: 'user', entityId: id, before, after: { role, categories } })
    return done(updated, true)
  })
}

/** Every user, active and disabled, by email. */
export async function listUsers(): Promise<UserRow[]> {
  const users = await prisma.user.findMany({ orderBy: { email: 'asc' } })
  return users.map(toRow)
}
