// Shared by the webhook tests: a migrated throwaway database, a server secret, and the app's modules on it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createTempDatabase, type TempDatabase } from '@/tooling/db/temp-database'

export interface WebhookTestDb {
  temp: TempDatabase
  db: typeof import('@/lib/db/client')
  receive: typeof import('@/lib/connectors/receive-webhook')
  connections: typeof import('@/lib/db/services/connections')
  recompute: typeof import('@/lib/db/services/recompute-event-figures')
  /** Applies every queued delivery (the server's delivery queue does this on its own). */
  drain: () => Promise<void>
}

export async function openWebhookTestDb(prefix: string): Promise<WebhookTestDb> {
  const temp = createTempDatabase(prefix)
  process.env.DATABASE_URL = temp.url
  process.env.APP_SECRET = 'test-server-secret-for-webhooks-0123456789abcdef'
  delete (globalThis as { prisma?: unknown }).prisma
  return {
    temp,
    db: await import('@/lib/db/client'),
    receive: await import('@/lib/connectors/receive-webhook'),
    connections: await import('@/lib/db/services/connections'),
    recompute: await import('@/lib/db/services/recompute-event-figures'),
    drain: (await import('@/lib/connectors/process-deliveries')).drainDeliveries,
  }
}

export async function closeWebhookTestDb(t: WebhookTestDb | undefined): Promise<void> {
  await t?.db.prisma.$disconnect()
  t?.temp.remove()
}

/** A documented example payload from tooling/fixtures/webhooks (see its README for the sources). */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.resolve('tooling/fixtures/webhooks', name), 'utf8')) as Record<string, unknown>
}

type Answer = { status: number; body: { outcome?: string; reason?: string; delivery?: number } }

/** Posts a request to the receiver as the route does; the answer's status and JSON body. */
export async function postOnly(t: WebhookTestDb, provider: string, id: string, request: Request): Promise<Answer> {
  const response = await t.receive.receiveWebhook(request, provider, id)
  return { status: response.status, body: (await response.json()) as Answer['body'] }
}

/**
 * Posts a request, then drains the delivery queue: for a queued delivery, the status it was answered
 * with and what its log line says became of it once applied; any other answer as it was given.
 */
export async function post(t: WebhookTestDb, provider: string, id: string, request: Request): Promise<Answer> {
  const answer = await postOnly(t, provider, id, request)
  if (answer.body.outcome !== 'queued' || answer.body.delivery === undefined) return answer
  await t.drain()
  const line = await t.db.prisma.delivery.findUniqueOrThrow({ where: { id: answer.body.delivery } })
  return { status: answer.status, body: { outcome: line.outcome, reason: line.reason, delivery: line.id } }
}
