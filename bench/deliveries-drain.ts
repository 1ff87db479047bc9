import Database from 'better-sqlite3'
import { round } from './stats'

/** After the last 200: when the queue had applied every delivery, and when the figures were recomputed. */
export interface DrainResult {
  /** Seconds from the last 200 until no delivery was queued. */
  drainedSeconds: number
  /** Seconds from the last 200 until no quarter was marked stale (the recompute job had caught up). */
  recomputedSeconds: number
  /** Deployments stored from github, and deliveries logged refused (of the last 200 the log keeps). */
  stored: number
  refused: number
  /** The organisation's deployment-frequency figures of 2025 (every delivery's year): their n summed. */
  figureN: number
}

const POLL_MS = 20
const GIVE_UP_MS = 120_000

/** Polls the server's database (read-only, beside the running server) until the queue and the recompute are done. */
export async function awaitDrained(file: string, since: number): Promise<DrainResult> {
  const db = new Database(file, { readonly: true })
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number | null }).n ?? 0
    let drainedAt: number | null = null
    for (;;) {
      const now = performance.now()
      if (now - since > GIVE_UP_MS) throw new Error('deliveries bench: the queue or the recompute did not finish within 2 minutes')
      if (drainedAt === null && count("SELECT COUNT(*) AS n FROM Delivery WHERE outcome = 'queued'") === 0) drainedAt = now
      if (drainedAt !== null && count('SELECT COUNT(*) AS n FROM StaleEventFigures') === 0) {
        return {
          drainedSeconds: round((drainedAt - since) / 1000, 2),
          recomputedSeconds: round((now - since) / 1000, 2),
          stored: count("SELECT COUNT(*) AS n FROM Deployment WHERE source = 'github'"),
          refused: count("SELECT COUNT(*) AS n FROM Delivery WHERE outcome = 'refused'"),
          figureN: count(
            "SELECT SUM(n) AS n FROM Figure WHERE scope = 'org' AND metricKey = 'deployment_frequency' AND quarter LIKE '2025-Q%'",
          ),
        }
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  } finally {
    db.close()
  }
}
