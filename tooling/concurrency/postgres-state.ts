import pg from 'pg'
import { CHECK_FIGURE, ENTITY_ID, type Baseline, type StoredState } from './concurrency-verify'

// The concurrency check's reads on PostgreSQL: the same questions concurrency-verify.ts asks a SQLite file.

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function readFigure(client: pg.Client): Promise<StoredState['figure']> {
  const { rows } = await client.query<{ value: number | null; version: number }>(
    'SELECT "value", "version" FROM "Figure" WHERE "scope" = $1 AND "quarter" = $2 AND "metricKey" = $3',
    [CHECK_FIGURE.scope, CHECK_FIGURE.quarter, CHECK_FIGURE.metricKey],
  )
  return rows[0]
}

export function readPostgresBaseline(url: string): Promise<Baseline> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ id: number | null }>('SELECT MAX("id") AS id FROM "AuditEvent"')
    return { version: (await readFigure(client))?.version ?? 0, lastAuditId: rows[0]?.id ?? 0 }
  })
}

export function readPostgresState(url: string, baseline: Baseline): Promise<StoredState> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ after: string }>(
      `SELECT "after" FROM "AuditEvent" WHERE "id" > $1 AND "entity" = 'figure' AND "entityId" = $2
       AND "action" IN ('figure.create', 'figure.update') ORDER BY "id"`,
      [baseline.lastAuditId, ENTITY_ID],
    )
    return { figure: await readFigure(client), auditedAfter: rows.map((r) => r.after) }
  })
}
