import { drainDeliveryQueue, startDeliveryQueue } from '@/lib/db/jobs/delivery-queue-job'
import { getReceivingConnection, type ReceivingConnection } from '@/lib/db/queries/connector-lookups'
import type { DeliveryApplier, QueuedDelivery } from '@/lib/db/services/delivery-queue'
import type { IngestWithin } from '@/lib/db/services/ingest-batch'
import { applyContext, applyPlans, DEPLOYMENT_RUN_MAX, type ApplyContext, type SourcedPlan } from './apply-plan'
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

/**
 * Applies the first of `deliveries` through applyPlans, with its connection's current rules, and the
 * deployments of that connection queued right after it when it is a deployment (applied together).
 */
export const applyQueuedDeliveries: DeliveryApplier = async (within, deliveries) => {
  const reads = readsOf(within)
  const connectionId = deliveries[0].connectionId
  let connection = reads.connections.get(connectionId)
  if (!connection) reads.connections.set(connectionId, (connection = getReceivingConnection(connectionId, within.tx)))
  const c = await connection
  // A deleted connection takes its log with it, so this is only a row written between the two.
  if (!c) return [{ outcome: 'ignored', reason: 'the connection was deleted before the delivery was applied' }]
  return applyPlans(reads.context, c, runOf(deliveries))
}

/** The first delivery's plan, and the deployments of the same connection right after it when it is one. */
function runOf(deliveries: readonly QueuedDelivery[]): SourcedPlan[] {
  const sourced = (d: QueuedDelivery): SourcedPlan => ({ plan: decodePlan(d.plan), sourceId: d.sourceId })
  const run = [sourced(deliveries[0])]
  if (run[0].plan.kind !== 'deployment') return run
  for (const d of deliveries.slice(1, DEPLOYMENT_RUN_MAX)) {
    if (d.connectionId !== deliveries[0].connectionId) break
    const next = sourced(d)
    if (next.plan.kind !== 'deployment') break
    run.push(next)
  }
  return run
}

/** Starts this process's delivery queue (the server, in instrumentation.ts). */
export function startDeliveryProcessing(): void {
  startDeliveryQueue(applyQueuedDeliveries)
}

/** Applies every queued delivery now (tests, the bench, scripted setups). */
export function drainDeliveries(): Promise<void> {
  return drainDeliveryQueue(applyQueuedDeliveries)
}
