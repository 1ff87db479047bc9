import type { Prisma } from '../generated/client'
import { scopedEntityId } from '../audit-entity'
import { sameFigure } from '@/lib/metrics/same-number'
import { writeFigureChanges, type PlannedWrite, type StoredFigure } from './figure-writes'
import { QuarterLocks } from './quarter-lock'

/**
 * Who wrote a figure: a person (manual), a file (import), the events API (events), the demo seed, or
 * the organisation's publication keeping the teams' roll-up it showed (teams; freeze-org-rollups.ts).
 */
export type FigureSource = 'manual' | 'import' | 'events' | 'demo' | 'teams'

/**
 * One figure as a writer wants it to be. Every writer (the entry form, an import, the recompute from
 * events, demo data, and the connectors and roll-ups to come) describes its change this way and hands
 * it to changeFigures, which alone writes Figure and Restatement rows.
 */
export interface FigureChange {
  scope: string
  quarter: string
  metricKey: string
  /** The new value; null is a blank (no data), never 0. Ignored when `remove`. */
  value: number | null
  /** The sample size behind the value, or null (a typed value carries none). */
  n: number | null
  /** The counts a rate was derived from, or null. */
  inputs: Readonly<Record<string, number>> | null
  source: FigureSource
  /** Where it came from in more detail, e.g. the imported file's name. */
  sourceRef: string | null
  /**
   * The version the writer saw (0: no figure yet): a figure stored at another version is not written
   * and comes back as a conflict. "any" for a writer that decides from what it read in the same
   * transaction (an import, a recompute, demo data).
   */
  expectedVersion: number | 'any'
  /** Take the figure away rather than set a value (demo removal). */
  remove?: boolean
  /**
   * Rewrite a figure that already holds the same numbers when its source differs: events take over a
   * demo placeholder, so that removing the demo later does not take the computed figure with it.
   */
  adoptSource?: boolean
}

export interface FigureChangeContext {
  /** Who the audit event and the Restatement name. */
  actor: string
  /** Why a published quarter changes. Required for any change to one (else ReasonRequiredError). */
  reason: string | null
}

/** The stored figure a conflicting change met. */
export interface StoredFigureState {
  value: number | null
  version: number
  updatedBy: string | null
  updatedAt: Date
}

export type FigureOutcome =
  /** The figure already says this (see sameFigure): nothing written, no audit event. */
  | { status: 'unchanged'; version: number }
  /** Written with its audit event; `restated` when a Restatement row records the change of value. */
  | { status: 'written'; version: number; restated: boolean }
  /** Another version is stored than the one expected: nothing written for this figure. */
  | { status: 'conflict'; current: StoredFigureState | null }

const keyOf = (c: { scope: string; quarter: string; metricKey: string }) => scopedEntityId(c.scope, c.quarter, c.metricKey)

// Scopes per query: well under the driver's limit on bound parameters.
const SCOPES_PER_QUERY = 500

/** The stored figures of the changes, by key: a range of quarters per group of scopes, so thousands of changes stay a few queries. */
async function readStored(tx: Prisma.TransactionClient, changes: readonly FigureChange[]): Promise<Map<string, StoredFigure>> {
  const stored = new Map<string, StoredFigure>()
  if (changes.length === 0) return stored
  const scopes = [...new Set(changes.map((c) => c.scope))]
  const quarters = changes.map((c) => c.quarter).sort()
  const metricKey = { in: [...new Set(changes.map((c) => c.metricKey))] }
  // Quarter keys of four-digit years sort as text.
  const quarter = { gte: quarters[0], lte: quarters.at(-1) }
  for (let i = 0; i < scopes.length; i += SCOPES_PER_QUERY) {
    const rows = await tx.figure.findMany({ where: { scope: { in: scopes.slice(i, i + SCOPES_PER_QUERY) }, quarter, metricKey } })
    for (const row of rows) stored.set(keyOf(row), row)
  }
  return stored
}

function unchanged(stored: StoredFigure | undefined, change: FigureChange): boolean {
  if (change.remove) return !stored
  const inputs = change.inputs ? JSON.stringify(change.inputs) : null
  if (!sameFigure(stored ?? null, { value: change.value, n: change.n, inputs })) return false
  return !(stored && change.adoptSource && stored.source !== change.source)
}

/**
 * The one way to change stored figures, inside the caller's transaction (see writeTransaction), for
 * any number of figures at once. For each change, in order:
 * - the same-number comparison: a figure that already says this is left alone (no write, no event);
 * - the version check: a change based on another version than the stored one is a conflict, and the
 *   write itself names the version read, so nothing can slip in between;
 * - the published-quarter rule: a change to a published quarter needs the context's reason (refused
 *   with ReasonRequiredError otherwise, and the caller's transaction then writes nothing), is recorded
 *   as "figure.restate", and, when its value changes, as a Restatement row linked to that event;
 * - the write, version + 1, and one audit event ("figure.create" | "figure.update" | "figure.remove" |
 *   "figure.restate") with the figure before and after.
 * Returns one outcome per change, in the order given. Each figure may appear once per call.
 */
export async function changeFigures(
  tx: Prisma.TransactionClient,
  changes: readonly FigureChange[],
  context: FigureChangeContext,
): Promise<FigureOutcome[]> {
  const keys = changes.map(keyOf)
  if (new Set(keys).size !== keys.length) throw new Error('changeFigures: a figure appears twice in one call')
  const stored = await readStored(tx, changes)
  const locks = new QuarterLocks(tx, context.reason)
  const outcomes: FigureOutcome[] = []
  const writes: PlannedWrite[] = []
  for (const change of changes) {
    const current = stored.get(keyOf(change))
    const version = current?.version ?? 0
    if (unchanged(current, change)) {
      outcomes.push({ status: 'unchanged', version })
      continue
    }
    if (change.expectedVersion !== 'any' && change.expectedVersion !== version) {
      outcomes.push({
        status: 'conflict',
        current: current ? { value: current.value, version, updatedBy: current.updatedBy, updatedAt: current.updatedAt } : null,
      })
      continue
    }
    const reason = await locks.reasonFor(change.scope, change.quarter)
    writes.push({ index: outcomes.length, change, current: current ?? null, reason })
    // A placeholder: writeFigureChanges settles every planned write's outcome.
    outcomes.push({ status: 'unchanged', version })
  }
  const results = await writeFigureChanges(tx, writes, context.actor)
  for (const { index, outcome } of results) outcomes[index] = outcome
  return outcomes
}
