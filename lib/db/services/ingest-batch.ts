import type { z } from 'zod'
import type { Prisma } from '../generated/client'
import { wakeRecomputeJob } from '../jobs/recompute-job-state'
import { writeTransaction } from '../write-transaction'
import type { StaleMarks } from './ingest-stale-marks'
import type { ApiErrorBody } from '@/lib/validation/api-error-body'
import { itemProblem } from '@/lib/validation/event-schemas'

/** Who reported an event: the events API, or a webhook connection of that provider. */
export type EventSource = 'events' | 'github' | 'gitlab' | 'pagerduty'

/** What a batch came to. Acknowledged (200) only once its transaction has committed. */
export type IngestResult =
  | {
      ok: true
      accepted: number
      created: number
      updated: number
      unchanged: number
      /** The ids of the items created or changed (the rest were stored as they are). */
      changed: readonly string[]
    }
  | { ok: false; status: 400; body: ApiErrorBody }

/**
 * A write transaction that several ingests share (the delivery queue applies a batch of deliveries
 * in one): each ingest writes in `tx`, and adds the quarters it made stale to `marks`, which the
 * owner of the transaction writes once (at `timeZone`'s quarters) and commits. A BatchRefusal is
 * thrown to the owner, who decides what to roll back.
 */
export interface IngestWithin {
  tx: Prisma.TransactionClient
  timeZone: string
  marks: StaleMarks
}

/** Thrown inside the batch transaction to roll the whole batch back and answer 400. */
export class BatchRefusal extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.problem)
  }
}

export function invalidItem(index: number, problem: string): ApiErrorBody {
  return { error: 'invalid item', index, problem }
}

/**
 * Every item parsed by the schema, or the first bad one by index. An id may appear once per batch:
 * two versions of one event in one batch would leave which one wins to chance.
 */
export function validateItems<S extends z.ZodType<{ id: string }>>(items: readonly unknown[], schema: S): z.output<S>[] {
  const parsed: z.output<S>[] = []
  const firstIndex = new Map<string, number>()
  items.forEach((item, index) => {
    const result = schema.safeParse(item)
    if (!result.success) throw new BatchRefusal(invalidItem(index, itemProblem(result.error)))
    const earlier = firstIndex.get(result.data.id)
    if (earlier !== undefined) throw new BatchRefusal(invalidItem(index, `id: repeats the id of item ${earlier} in this batch`))
    firstIndex.set(result.data.id, index)
    parsed.push(result.data)
  })
  return parsed
}

/**
 * The team id of each item ("org" or no team: organisation-wide, null). An unknown slug refuses
 * the batch naming the first item that uses it; archived teams still take events (late history).
 */
export async function resolveTeams(tx: Prisma.TransactionClient, items: readonly { team: string | null }[]): Promise<(string | null)[]> {
  const slugs = [...new Set(items.map((i) => i.team).filter((t): t is string => t !== null && t !== 'org'))]
  const teams = slugs.length === 0 ? [] : await tx.team.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })
  const idBySlug = new Map(teams.map((t) => [t.slug, t.id]))
  return items.map((item, index) => {
    if (item.team === null || item.team === 'org') return null
    const id = idBySlug.get(item.team)
    if (id === undefined)
      throw new BatchRefusal(invalidItem(index, `team: no team has the slug "${item.team}" (omit team for an organisation-wide event)`))
    return id
  })
}

/**
 * An instant as the driver adapter stores a DateTime ("2026-07-01T09:30:00.000+00:00"), so rows
 * written here compare, sort and read back exactly like rows Prisma writes itself.
 */
export function storedInstant(date: Date): string {
  return `${date.toISOString().slice(0, -1)}+00:00`
}

/**
 * Whole batches travel to SQLite as ONE JSON parameter, unpacked there by json_each: a statement
 * with thousands of bound parameters costs Prisma ~20× more than the insert itself (measured:
 * ~80 ms against ~5 ms per 1,000 rows), while one JSON string keeps it a few milliseconds.
 */
export function jsonParam(value: unknown): string {
  return JSON.stringify(value)
}

/** A json_group_array(...) result read back as rows. */
export function jsonRows<T>(rows: { data: string | null }[]): T[] {
  return rows[0]?.data ? (JSON.parse(rows[0].data) as T[]) : []
}

/**
 * Runs a batch in one write-locked transaction (all of it or none), waiting its turn behind other
 * writers: a batch of 1,000 takes tens of milliseconds, and a queue of them may form under load.
 */
export async function inBatchTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | { refused: ApiErrorBody }> {
  try {
    const result = await writeTransaction(work, { maxWait: 60_000, timeout: 60_000 })
    // Committed: the quarters it marked stale are recomputed now, not at the job's next poll.
    wakeRecomputeJob()
    return result
  } catch (error) {
    if (error instanceof BatchRefusal) return { refused: error.body }
    throw error
  }
}

/**
 * Runs an ingest's work in its own batch transaction, or inside a shared one (`within`): there its
 * stale marks join the shared set instead of being written, and a refusal is thrown to the owner.
 */
export async function inOwnOrSharedTransaction<T>(
  within: IngestWithin | undefined,
  work: (tx: Prisma.TransactionClient, timeZone: string | null, settle: (marks: StaleMarks) => Promise<void>) => Promise<T>,
): Promise<T | { refused: ApiErrorBody }> {
  if (within) return work(within.tx, within.timeZone, async (marks) => within.marks.merge(marks))
  return inBatchTransaction((tx) => work(tx, null, (marks) => marks.write(tx, new Date())))
}

/** The batch's items, validated, or its 400 answer. */
export function validateBatch<S extends z.ZodType<{ id: string }>>(
  items: readonly unknown[],
  schema: S,
): { items: z.output<S>[] } | { refused: ApiErrorBody } {
  try {
    return { items: validateItems(items, schema) }
  } catch (error) {
    if (error instanceof BatchRefusal) return { refused: error.body }
    throw error
  }
}
