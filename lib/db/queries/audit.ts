import { prisma } from '../client'
import { dialectOf } from '../dialect'
import type { Prisma } from '../generated/client'

export const AUDIT_PAGE_SIZE = 50

/** The audit log's filters, as they appear in the page's URL. Dates are YYYY-MM-DD, read in UTC. */
export interface AuditFilters {
  actor: string
  entity: string
  action: string
  from: string
  to: string
  /** Free text found anywhere in the entity id (e.g. a metric key, a quarter, a team id). */
  q: string
}

/** Which page: the newest, the one before (older than) an event id, or the one after (newer than) it. */
export type AuditCursor = { before: number } | { after: number } | null

export interface AuditRow {
  id: number
  at: Date
  actor: string
  action: string
  entity: string
  entityId: string
  before: string | null
  after: string | null
}

export interface AuditPage {
  events: AuditRow[]
  /** Cursors for the "Older" and "Newer" links; null where there is nothing more that way. */
  older: number | null
  newer: number | null
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Midnight UTC of a YYYY-MM-DD day, or null when it is not a real day. */
function utcDay(day: string, offsetDays = 0): Date | null {
  if (!DAY.test(day)) return null
  const date = new Date(`${day}T00:00:00.000Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return null
  return new Date(date.getTime() + offsetDays * 86_400_000)
}

function text(value: string | string[] | undefined, max = 200): string {
  const first = Array.isArray(value) ? value[0] : value
  return (first ?? '').trim().slice(0, max)
}

function id(value: string | string[] | undefined): number | null {
  const n = Number(text(value, 20))
  return Number.isSafeInteger(n) && n > 0 ? n : null
}

/** Reads filters and cursor from the URL; anything unusable is dropped rather than refused. */
export function parseAuditSearch(search: Record<string, string | string[] | undefined>): { filters: AuditFilters; cursor: AuditCursor } {
  const day = (value: string | string[] | undefined) => (utcDay(text(value, 10)) ? text(value, 10) : '')
  const filters = {
    actor: text(search.actor),
    entity: text(search.entity),
    action: text(search.action),
    from: day(search.from),
    to: day(search.to),
    q: text(search.q),
  }
  const before = id(search.before)
  const after = id(search.after)
  return { filters, cursor: before ? { before } : after ? { after } : null }
}

/**
 * A text filter that ignores case on both databases: SQLite's LIKE already does (for ASCII), while
 * PostgreSQL's is exact unless asked. The SQLite client's types have no `mode`, so it is added only
 * where the PostgreSQL client reads it.
 */
function containsIgnoringCase(q: string): Prisma.StringFilter {
  const insensitive = dialectOf(prisma) === 'postgresql' ? { mode: 'insensitive' } : {}
  return { contains: q, ...insensitive } as Prisma.StringFilter
}

/** The filters as a Prisma where-clause: every filter given must hold. "to" includes its whole day. */
export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const from = filters.from ? utcDay(filters.from) : null
  const to = filters.to ? utcDay(filters.to, 1) : null
  return {
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.q ? { entityId: containsIgnoringCase(filters.q) } : {}),
    ...(from || to ? { at: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  }
}

/**
 * One page of the audit log, newest first, paged by event id (ids grow with every append, and rows
 * are never edited, so a page boundary never shifts under the reader).
 */
export async function listAuditEvents(filters: AuditFilters, cursor: AuditCursor): Promise<AuditPage> {
  const where = auditWhere(filters)
  const exists = async (idWhere: Prisma.IntFilter) =>
    (await prisma.auditEvent.findFirst({ where: { AND: [where, { id: idWhere }] }, select: { id: true } })) !== null
  if (cursor && 'after' in cursor) {
    const rows = await prisma.auditEvent.findMany({
      where: { AND: [where, { id: { gt: cursor.after } }] },
      orderBy: { id: 'asc' },
      take: AUDIT_PAGE_SIZE + 1,
    })
    const events = rows.slice(0, AUDIT_PAGE_SIZE).reverse()
    const last = events.at(-1)
    return {
      events,
      newer: rows.length > AUDIT_PAGE_SIZE ? events[0].id : null,
      older: last && (await exists({ lt: last.id })) ? last.id : null,
    }
  }
  const rows = await prisma.auditEvent.findMany({
    where: cursor ? { AND: [where, { id: { lt: cursor.before } }] } : where,
    orderBy: { id: 'desc' },
    take: AUDIT_PAGE_SIZE + 1,
  })
  const events = rows.slice(0, AUDIT_PAGE_SIZE)
  const first = events[0]
  return {
    events,
    older: rows.length > AUDIT_PAGE_SIZE ? events[events.length - 1].id : null,
    newer: cursor && first && (await exists({ gt: first.id })) ? first.id : null,
  }
}

/** How many events match the filters. */
export async function countAuditEvents(filters: AuditFilters): Promise<number> {
  return prisma.auditEvent.count({ where: auditWhere(filters) })
}

/** The actors, entity types and actions that occur in the log, for the filter menus. */
export async function listAuditFacets(): Promise<{ actors: string[]; entities: string[]; actions: string[] }> {
  const [actors, entities, actions] = await Promise.all([
    prisma.auditEvent.groupBy({ by: ['actor'], orderBy: { actor: 'asc' } }),
    prisma.auditEvent.groupBy({ by: ['entity'], orderBy: { entity: 'asc' } }),
    prisma.auditEvent.groupBy({ by: ['action'], orderBy: { action: 'asc' } }),
  ])
  return { actors: actors.map((r) => r.actor), entities: entities.map((r) => r.entity), actions: actions.map((r) => r.action) }
}
