import Database from 'better-sqlite3'
import type { QuarterKey } from '@/lib/metrics/quarters'

/** The one figure every writer of the concurrency check saves (an old quarter no real data uses). */
export const CHECK_FIGURE = { scope: 'org', quarter: '2000-Q1' as QuarterKey, category: 'delivery', metricKey: 'releases' } as const

/** One save attempt: accepted with the version it produced, refused (a newer version existed), or failed. */
export interface SaveOutcome {
  writer: number
  value: number
  result: 'accepted' | 'refused' | 'error'
  /** The figure's version after an accepted save. */
  version: number | null
  error?: string
}

export interface ConcurrencyReport {
  attempts: number
  accepted: number
  refused: number
  errors: string[]
  /** Accepted saves the audit trail does not show as their own version: overwritten without a trace. */
  lostUpdates: number
  /** Every way the stored figure and its audit trail disagree with what the writers were told. */
  problems: string[]
  finalValue: number | null
  finalVersion: number
  lastAccepted: SaveOutcome | null
  seconds: number
}

export interface Baseline {
  version: number
  lastAuditId: number
}

export const ENTITY_ID = `${CHECK_FIGURE.scope}/${CHECK_FIGURE.quarter}/${CHECK_FIGURE.metricKey}`

function readFigure(db: Database.Database): { value: number | null; version: number } | undefined {
  return db
    .prepare('SELECT value, version FROM Figure WHERE scope = ? AND quarter = ? AND metricKey = ?')
    .get(CHECK_FIGURE.scope, CHECK_FIGURE.quarter, CHECK_FIGURE.metricKey) as { value: number | null; version: number } | undefined
}

export function readBaseline(file: string): Baseline {
  const db = new Database(file, { readonly: true })
  try {
    const last = db.prepare('SELECT MAX(id) AS id FROM AuditEvent').get() as { id: number | null }
    return { version: readFigure(db)?.version ?? 0, lastAuditId: last.id ?? 0 }
  } finally {
    db.close()
  }
}

/** What the database holds after the run: the figure, and the after-JSON of its audit events since the baseline. */
export interface StoredState {
  figure: { value: number | null; version: number } | undefined
  auditedAfter: string[]
}

function readSqliteState(file: string, baseline: Baseline): StoredState {
  const db = new Database(file, { readonly: true })
  try {
    const events = db
      .prepare(
        "SELECT \"after\" FROM AuditEvent WHERE id > ? AND entity = 'figure' AND entityId = ? AND action IN ('figure.create', 'figure.update') ORDER BY id",
      )
      .all(baseline.lastAuditId, ENTITY_ID) as { after: string }[]
    return { figure: readFigure(db), auditedAfter: events.map((e) => e.after) }
  } finally {
    db.close()
  }
}

/** verify() on a SQLite file. */
export function verify(file: string, baseline: Baseline, outcomes: SaveOutcome[]): Omit<ConcurrencyReport, 'seconds' | 'errors'> {
  return judge(baseline, outcomes, readSqliteState(file, baseline))
}

/**
 * Compares what the writers were told with what the database holds. Every accepted save must appear
 * in the audit trail as exactly one create/update whose new version and value are the ones that save
 * was answered with; versions must be consecutive; and the stored figure must be the last accepted save.
 */
export function judge(baseline: Baseline, outcomes: SaveOutcome[], state: StoredState): Omit<ConcurrencyReport, 'seconds' | 'errors'> {
  const accepted = outcomes.filter((o) => o.result === 'accepted')
  const audited = new Map<number, number[]>()
  for (const json of state.auditedAfter) {
    const after = JSON.parse(json) as { value: number; version: number }
    audited.set(after.version, [...(audited.get(after.version) ?? []), after.value])
  }
  const lostUpdates = accepted.filter((o) => {
    const values = audited.get(o.version ?? -1) ?? []
    return values.length !== 1 || values[0] !== o.value
  }).length
  const stored = state.figure
  const lastAccepted = accepted.reduce<SaveOutcome | null>((last, o) => (!last || (o.version ?? 0) > (last.version ?? 0) ? o : last), null)
  const finalVersion = stored?.version ?? 0
  const problems: string[] = []
  if (outcomes.length !== accepted.length + outcomes.filter((o) => o.result === 'refused').length)
    problems.push('some saves neither accepted nor refused')
  const events = state.auditedAfter.length
  if (events !== accepted.length) problems.push(`${events} audit events for ${accepted.length} accepted saves`)
  if (finalVersion - baseline.version !== accepted.length)
    problems.push(`version moved ${finalVersion - baseline.version} for ${accepted.length} accepted saves`)
  if (lastAccepted && stored?.value !== lastAccepted.value)
    problems.push(`final value ${stored?.value} is not the last accepted ${lastAccepted.value}`)
  return {
    attempts: outcomes.length,
    accepted: accepted.length,
    refused: outcomes.filter((o) => o.result === 'refused').length,
    lostUpdates,
    problems,
    finalValue: stored?.value ?? null,
    finalVersion,
    lastAccepted,
  }
}
