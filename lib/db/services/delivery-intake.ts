import { dialectOf } from '../dialect'
import { asColumn } from '../dialect-json'
import { Prisma } from '../generated/client'
import { writeTransaction } from '../write-transaction'
import { storedInstant } from './ingest-batch'

/** A verified, translated delivery to queue: its log line's columns and its plan (JSON). */
export interface QueuedLine {
  connectionId: string
  eventType: string
  sourceId: string | null
  plan: string
}

/**
 * Queues a delivery: its log line, outcome `queued`, holding the plan the delivery queue applies.
 * One insert in one write transaction; once it has committed, the delivery is stored durably and may
 * be acknowledged. The line's id. Raw SQL, as it runs for every delivery: Prisma 6.19 compiles a
 * model query's plan on each call, while raw SQL goes to the database as written.
 */
export function enqueueDelivery(line: QueuedLine): Promise<number> {
  return writeTransaction(async (tx) => {
    const sql = dialectOf(tx)
    const [row] = await tx.$queryRaw<{ id: number | bigint }[]>`
      INSERT INTO "Delivery" ("connectionId", "receivedAt", "eventType", "outcome", "reason", "sourceId", "plan")
      VALUES (${line.connectionId}, ${asColumn(sql, Prisma.sql`${storedInstant(new Date())}`, 'instant')}, ${line.eventType.slice(0, 100)},
        'queued', 'waiting to be applied', ${line.sourceId?.slice(0, 300) ?? null}, ${line.plan})
      RETURNING "id"`
    return Number(row.id)
  })
}
