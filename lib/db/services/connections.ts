import { encryptConnectionSecret, newConnectionSecret } from '@/lib/auth/connection-secret'
import { parseConnectionRules } from '@/lib/validation/connection-rules'
import {
  createConnectionSchema,
  mapSourceSchema,
  updateConnectionSchema,
  type ConnectionProvider,
} from '@/lib/validation/connection-schema'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

type Refused = { ok: false; fieldErrors: FieldErrors }

export type CreatedConnection =
  { ok: true; id: string; provider: ConnectionProvider; name: string; secret: string; webhookPath: string } | Refused

/** Where the provider posts: the connection's id names it, and its secret proves the sender. */
export function webhookPath(provider: string, id: string): string {
  return `/api/v1/webhooks/${provider}/${id}`
}

/** Creates a connection; its secret is returned here once and stored only encrypted. */
export async function createConnection(input: unknown, actor: string): Promise<CreatedConnection> {
  const parsed = createConnectionSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { provider, name } = parsed.data
  const secret = parsed.data.secret ?? newConnectionSecret()
  const row = await writeTransaction(async (tx) => {
    const created = await tx.connection.create({
      data: { provider, name, secretEncrypted: encryptConnectionSecret(secret), createdBy: actor },
    })
    // The audit names whether the secret was typed or generated, never the secret.
    await appendAudit(tx, {
      actor,
      action: 'connection.create',
      entity: 'connection',
      entityId: created.id,
      after: { provider, name, secretTyped: parsed.data.secret !== null },
    })
    return created
  })
  return { ok: true, id: row.id, provider, name, secret, webhookPath: webhookPath(provider, row.id) }
}

const notFound: Refused = { ok: false, fieldErrors: { id: 'No connection has this id.' } }

/** Renames, pauses or resumes a connection. A paused connection answers 404 and stores nothing. */
export async function updateConnection(input: unknown, actor: string): Promise<{ ok: true; changed: boolean } | Refused> {
  const parsed = updateConnectionSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { id, name, paused } = parsed.data
  return writeTransaction(async (tx) => {
    const before = await tx.connection.findUnique({ where: { id }, select: { name: true, pausedAt: true } })
    if (!before) return notFound
    const data: { name?: string; pausedAt?: Date | null } = {}
    if (name !== undefined && name !== before.name) data.name = name
    if (paused !== undefined && paused !== (before.pausedAt !== null)) data.pausedAt = paused ? new Date() : null
    if (Object.keys(data).length === 0) return { ok: true as const, changed: false }
    await tx.connection.update({ where: { id }, data })
    await appendAudit(tx, {
      actor,
      action: 'connection.update',
      entity: 'connection',
      entityId: id,
      before: { name: before.name, paused: before.pausedAt !== null },
      after: { name: data.name ?? before.name, paused: 'pausedAt' in data ? data.pausedAt !== null : before.pausedAt !== null },
    })
    return { ok: true as const, changed: true }
  })
}

/** Replaces a connection's rules; a rule left out takes its stated default. */
export async function saveConnectionRules(id: string, input: unknown, actor: string): Promise<{ ok: true } | Refused> {
  const parsed = parseConnectionRules(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  return writeTransaction(async (tx) => {
    const before = await tx.connection.findUnique({ where: { id }, select: { rules: true } })
    if (!before) return notFound
    const rules = JSON.stringify(parsed.data)
    if (rules === before.rules) return { ok: true as const }
    await tx.connection.update({ where: { id }, data: { rules } })
    await appendAudit(tx, {
      actor,
      action: 'connection.rules',
      entity: 'connection',
      entityId: id,
      before: JSON.parse(before.rules) as unknown,
      after: parsed.data,
    })
    return { ok: true as const }
  })
}

/**
 * Deletes a connection with its mappings and delivery log, once the person has typed its name (a
 * slip of the mouse must not stop a team's figures). What it stored (deployments, incidents) stays:
 * those figures were reported and may be in a published quarter. The audit records what went.
 */
export async function deleteConnection(rawId: string, actor: string, confirmName: string): Promise<{ ok: true } | Refused> {
  const parsed = updateConnectionSchema.safeParse({ id: rawId })
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { id } = parsed.data
  return writeTransaction(async (tx) => {
    const row = await tx.connection.findUnique({ where: { id }, select: { provider: true, name: true } })
    if (!row) return notFound
    if (confirmName.trim() !== row.name) {
      return { ok: false as const, fieldErrors: { confirmName: `Type the connection’s name, ${row.name}, to delete it.` } }
    }
    const [mappings, deliveries] = await Promise.all([
      tx.sourceMapping.count({ where: { connectionId: id } }),
      tx.delivery.count({ where: { connectionId: id } }),
    ])
    await tx.connection.delete({ where: { id } })
    await appendAudit(tx, {
      actor,
      action: 'connection.delete',
      entity: 'connection',
      entityId: id,
      before: { ...row, mappings, deliveries },
    })
    return { ok: true as const }
  })
}

/** Maps a repository, project or PagerDuty service to a team (replacing an earlier mapping of it). */
export async function mapSource(input: unknown, actor: string): Promise<{ ok: true; teamId: string } | Refused> {
  const parsed = mapSourceSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { connectionId, sourceId, team } = parsed.data
  return writeTransaction(async (tx): Promise<{ ok: true; teamId: string } | Refused> => {
    const connection = await tx.connection.findUnique({ where: { id: connectionId }, select: { id: true } })
    if (!connection) return { ok: false, fieldErrors: { connection: 'No connection has this id.' } }
    const teamRow = await tx.team.findFirst({ where: { OR: [{ slug: team }, { id: team }] }, select: { id: true, slug: true } })
    if (!teamRow) return { ok: false, fieldErrors: { team: `No team has the slug "${team}".` } }
    const key = { connectionId_sourceId: { connectionId, sourceId } }
    const before = await tx.sourceMapping.findUnique({ where: key, select: { teamId: true } })
    if (before?.teamId === teamRow.id) return { ok: true, teamId: teamRow.id }
    await tx.sourceMapping.upsert({ where: key, create: { connectionId, sourceId, teamId: teamRow.id }, update: { teamId: teamRow.id } })
    await appendAudit(tx, {
      actor,
      action: 'connection.map',
      entity: 'connection',
      entityId: connectionId,
      before: before ? { sourceId, teamId: before.teamId } : undefined,
      after: { sourceId, teamId: teamRow.id, team: teamRow.slug },
    })
    return { ok: true, teamId: teamRow.id }
  })
}

/** Removes a mapping: the source counts for the organisation only from the next delivery on. */
export async function unmapSource(connectionId: string, sourceId: string, actor: string): Promise<{ ok: true; changed: boolean }> {
  return writeTransaction(async (tx) => {
    const { count } = await tx.sourceMapping.deleteMany({ where: { connectionId, sourceId } })
    if (count > 0)
      await appendAudit(tx, { actor, action: 'connection.unmap', entity: 'connection', entityId: connectionId, before: { sourceId } })
    return { ok: true as const, changed: count > 0 }
  })
}
