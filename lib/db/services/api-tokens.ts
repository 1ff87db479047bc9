import { prisma } from '../client'
import { hashToken, newToken } from '@/lib/auth/session-token'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import { createApiTokenSchema, revokeApiTokenSchema } from '@/lib/validation/api-token-schema'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

/** A token as people see it: never the token or its hash. */
export interface ApiTokenRow {
  id: string
  name: string
  scope: string
  /** The token's first characters ("cto_" and 8 more), enough to tell tokens apart in logs. */
  prefix: string
  createdBy: string
  createdAt: Date
  lastUsedAt: Date | null
  revokedAt: Date | null
}

export type CreatedApiToken =
  { ok: true; token: string; id: string; prefix: string; name: string; scope: string } | { ok: false; fieldErrors: FieldErrors }
export type RevokedApiToken = { ok: true; token: ApiTokenRow; changed: boolean } | { ok: false; fieldErrors: FieldErrors }

/** "cto_" marks the string as this app's token, so secret scanners and people can recognise it. */
export const TOKEN_MARK = 'cto_'
const PREFIX_LENGTH = TOKEN_MARK.length + 8
const TOKEN_PATTERN = /^cto_[A-Za-z0-9_-]{43}$/
/** Writing lastUsedAt on every request would add a write to every read; once a minute is precise enough. */
const LAST_USED_RESOLUTION_MS = 60_000

const SELECT_ROW = {
  id: true,
  name: true,
  scope: true,
  prefix: true,
  createdBy: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const

/** Creates a token; its value is returned here once and never stored (only its HMAC and prefix are). */
export async function createApiToken(input: unknown, actor: string): Promise<CreatedApiToken> {
  const parsed = createApiTokenSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { name, scope } = parsed.data
  const token = `${TOKEN_MARK}${newToken()}`
  const prefix = token.slice(0, PREFIX_LENGTH)
  const created = await writeTransaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { name, scope, prefix, tokenHash: hashToken(token), createdBy: actor } })
    await appendAudit(tx, { actor, action: 'api-token.create', entity: 'api-token', entityId: row.id, after: { name, scope, prefix } })
    return row
  })
  return { ok: true, token, id: created.id, prefix, name, scope }
}

/** The token named by its id or its whole prefix (with or without "cto_"); a shared prefix names none. */
async function findToken(idOrPrefix: string): Promise<{ token: ApiTokenRow } | { fieldErrors: FieldErrors }> {
  const byId = await prisma.apiToken.findUnique({ where: { id: idOrPrefix }, select: SELECT_ROW })
  if (byId) return { token: byId }
  const wanted = idOrPrefix.replace(/…$/, '')
  const prefix = wanted.startsWith(TOKEN_MARK) ? wanted : `${TOKEN_MARK}${wanted}`
  const matches = await prisma.apiToken.findMany({ where: { prefix }, select: SELECT_ROW, take: 2 })
  if (matches.length === 1) return { token: matches[0] }
  const problem =
    matches.length === 0
      ? 'No token has this id or prefix.'
      : 'Several tokens share this prefix; give the id instead (list-tokens --json shows it).'
  return { fieldErrors: { id: problem } }
}

/** Revokes a token at once; revoking a revoked token changes nothing. */
export async function revokeApiToken(input: unknown, actor: string): Promise<RevokedApiToken> {
  const parsed = revokeApiTokenSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const found = await findToken(parsed.data.id)
  if ('fieldErrors' in found) return { ok: false, fieldErrors: found.fieldErrors }
  const { token } = found
  if (token.revokedAt) return { ok: true, token, changed: false }
  return writeTransaction(async (tx) => {
    // Conditional, so two admins revoking at once record one revocation.
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: new Date() } })
    const after = await tx.apiToken.findUniqueOrThrow({ where: { id: token.id }, select: SELECT_ROW })
    if (count === 0) return { ok: true as const, token: after, changed: false }
    await appendAudit(tx, {
      actor,
      action: 'api-token.revoke',
      entity: 'api-token',
      entityId: token.id,
      before: { revoked: false },
      after: { revoked: true, name: token.name, prefix: token.prefix },
    })
    return { ok: true as const, token: after, changed: true }
  })
}

/** Every token, newest first, revoked ones included (they stay listed so their use can be traced). */
export async function listApiTokens(): Promise<ApiTokenRow[]> {
  return prisma.apiToken.findMany({ select: SELECT_ROW, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] })
}

export interface AuthenticatedToken {
  id: string
  name: string
  scope: string
  prefix: string
}

/**
 * The live token a bearer string names, or null when it is malformed, unknown or revoked. Its last
 * use is recorded at most once a minute; a failure to record it never refuses the request.
 */
export async function authenticateToken(bearer: string, now = new Date()): Promise<AuthenticatedToken | null> {
  if (!TOKEN_PATTERN.test(bearer)) return null
  const row = await prisma.apiToken.findUnique({ where: { tokenHash: hashToken(bearer) } })
  if (!row || row.revokedAt) return null
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS)
    await writeTransaction((tx) =>
      tx.apiToken.updateMany({
        where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
        data: { lastUsedAt: now },
      }),
    ).catch((error: unknown) =>
      console.warn(`Could not record the last use of API token ${row.prefix}:`, error instanceof Error ? error.message : error),
    )
  }
  return { id: row.id, name: row.name, scope: row.scope, prefix: row.prefix }
}
