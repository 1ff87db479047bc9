import { drainDeliveryQueue, startDeliveryQueue } from '@/lib/db/jobs/delivery-queue-job'
import { getReceivingConnection, type ReceivingConnection } from '@/lib/db/queries/connector-lookups'
import type { DeliveryApplier } from '@/lib/db/services/delivery-queue'
import type { IngestWithin } from '@/lib/db/services/ingest-batch'
import { applyContext, applyPlan, type ApplyContext } from './apply-plan'
import { decodePlan } from './plan-json'

interface BatchReads {
  context: ApplyContext
  connections: Map<string, Promise<ReceivingConnection | null>>
}

// Per batch transaction: what its deliveries share (connections, team mappings) is read once.
const batches = new WeakMap<IngestWithin, BatchReads>()

function readsOf(within: IngestWithin): BatchReads {
  let reads = batches.get(within)
  if (!reads) batches.set(within, (reads = { context: applyContext(within), connections: new Map() }))
  return reads
}

/** Applies one queued delivery's plan, with its connection's current rules, through applyPlan. */
export const applyQueuedDelivery: DeliveryApplier = async (within, delivery) => {
  const reads = readsOf(within)
  let connection = reads.connections.get(delivery.connectionId)
  if (!connection) reads.connections.set(delivery.connectionId, (connection = getReceivingConnection(delivery.connectionId, within.tx)))
  const c = await connection
  // A deleted connection takes its log with it, so this is only a row written between the two.
  if (!c) return { outcome: 'ignored', reason: 'the connection was deleted before the delivery was applied' }
  return applyPlan(reads.context, c, decodePlan(delivery.plan), delivery.sourceId)
}

/** Starts this process's delivery queue (the server, in instrumentation.ts). */
export function startDeliveryProcessing(): void {
  startDeliveryQueue(applyQueuedDelivery)
}

/** Applies every queued delivery now (tests, the bench, scripted setups). */
export function drainDeliveries(): Promise<void> {
  return drainDeliveryQueue(applyQueuedDelivery)
}
