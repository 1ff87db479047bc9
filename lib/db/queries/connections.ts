import { prisma } from '../client'
import { readRules, type ConnectionRules } from '@/lib/validation/connection-rules'

/** A connection as people see it: never its secret. */
export interface ConnectionRow {
  id: string
  provider: string
  name: string
  paused: boolean
  rules: ConnectionRules
  createdBy: string
  createdAt: Date
  mappings: { sourceId: string; teamId: string; teamSlug: string | null; teamName: string | null }[]
  lastDeliveryAt: Date | null
}

export interface DeliveryRow {
  id: number
  receivedAt: Date
  eventType: string
  outcome: string
  reason: string
  sourceId: string | null
}

/** How many deliveries each connection's log keeps. */
export const DELIVERY_LOG_SIZE = 200

export async function listConnections(): Promise<ConnectionRow[]> {
  const rows = await prisma.connection.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      provider: true,
      name: true,
      pausedAt: true,
      rules: true,
      createdBy: true,
      createdAt: true,
      mappings: { orderBy: { sourceId: 'asc' }, select: { sourceId: true, teamId: true } },
      deliveries: { orderBy: { id: 'desc' }, take: 1, select: { receivedAt: true } },
    },
  })
  const teams = await prisma.team.findMany({ select: { id: true, slug: true, name: true } })
  const byId = new Map(teams.map((t) => [t.id, t]))
  return rows.map((r) => ({
    id: r.id,
    provider: r.provider,
    name: r.name,
    paused: r.pausedAt !== null,
    rules: readRules(r.rules),
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    mappings: r.mappings.map((m) => ({ ...m, teamSlug: byId.get(m.teamId)?.slug ?? null, teamName: byId.get(m.teamId)?.name ?? null })),
    lastDeliveryAt: r.deliveries[0]?.receivedAt ?? null,
  }))
}

/** The newest deliveries first, at most the log's size. */
export async function listDeliveries(connectionId: string, take = DELIVERY_LOG_SIZE): Promise<DeliveryRow[]> {
  return prisma.delivery.findMany({
    where: { connectionId },
    orderBy: { id: 'desc' },
    take: Math.min(take, DELIVERY_LOG_SIZE),
    select: { id: true, receivedAt: true, eventType: true, outcome: true, reason: true, sourceId: true },
  })
}

/**
 * How many of a connection's deliveries are queued: acknowledged and stored, not yet applied. The
 * server's delivery queue applies them within moments; a number that stays up means it is not running.
 */
export async function countQueuedDeliveries(connectionId: string): Promise<number> {
  return prisma.delivery.count({ where: { connectionId, outcome: 'queued' } })
}

export async function connectionExists(id: string): Promise<boolean> {
  return (await prisma.connection.count({ where: { id } })) > 0
}
