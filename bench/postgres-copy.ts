import Database from 'better-sqlite3'
import pg from 'pg'

/** How a column is stored on SQLite and what it becomes on PostgreSQL. */
type Kind = 'text' | 'int' | 'float' | 'bool' | 'time'
export interface CopiedTable {
  table: string
  columns: Record<string, Kind>
}

const PG_ARRAY: Record<Kind, string> = { text: 'text[]', int: 'int4[]', float: 'float8[]', bool: 'bool[]', time: 'timestamp(3)[]' }
const BATCH = 20_000

/** SQLite keeps a boolean as 0/1 and a DateTime as ISO text ("+00:00") or, as the seed writes it, epoch milliseconds. */
function convert(kind: Kind, value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (kind === 'bool') return value === 1 || value === true
  if (kind === 'time') return typeof value === 'number' ? new Date(value).toISOString() : value
  return value
}

/**
 * Copies the listed tables and columns from a SQLite file into a migrated PostgreSQL database, so
 * both benchmark the very same rows. Each batch is one INSERT … SELECT FROM unnest($1::text[], …):
 * the values are bound as arrays, and the table and column names come from the lists in this
 * folder, quoted with pg's escapeIdentifier. Ends with ANALYZE, as a loaded database would have.
 */
export async function copySqliteToPostgres(file: string, url: string, tables: CopiedTable[]): Promise<number> {
  const source = new Database(file, { readonly: true })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  let copied = 0
  try {
    for (const { table, columns } of tables) {
      const names = Object.keys(columns)
      const kinds = Object.values(columns)
      const quoted = names.map((name) => pg.escapeIdentifier(name)).join(', ')
      const insert = `INSERT INTO ${pg.escapeIdentifier(table)} (${quoted}) SELECT * FROM unnest(${kinds.map((kind, i) => `$${i + 1}::${PG_ARRAY[kind]}`).join(', ')})`
      const rows = source.prepare(`SELECT ${quoted} FROM ${pg.escapeIdentifier(table)}`).raw(true)
      let batch: unknown[][] = names.map(() => [])
      const flush = async () => {
        if (batch[0].length === 0) return
        await client.query(insert, batch)
        copied += batch[0].length
        batch = names.map(() => [])
      }
      await client.query('BEGIN')
      for (const row of rows.iterate() as Iterable<unknown[]>) {
        row.forEach((value, i) => batch[i].push(convert(kinds[i], value)))
        if (batch[0].length >= BATCH) await flush()
      }
      await flush()
      await client.query('COMMIT')
    }
    await client.query('ANALYZE')
  } finally {
    source.close()
    await client.end()
  }
  return copied
}

/** The scorecard bench's rows (seed-bench-data.ts). */
export const SCORECARD_TABLES: CopiedTable[] = [
  { table: 'Team', columns: { id: 'text', slug: 'text', name: 'text', isDemo: 'bool', createdAt: 'time' } },
  {
    table: 'Figure',
    columns: {
      scope: 'text',
      quarter: 'text',
      metricKey: 'text',
      value: 'float',
      n: 'int',
      source: 'text',
      updatedBy: 'text',
      updatedAt: 'time',
      version: 'int',
    },
  },
  { table: 'Quarter', columns: { scope: 'text', quarter: 'text', benchmarkSet: 'text' } },
  { table: 'Target', columns: { scope: 'text', quarter: 'text', metricKey: 'text', value: 'float', isDemo: 'bool', updatedAt: 'time' } },
]

/** The events bench's rows (compute-bench-data.ts); deployment ids are kept, as commits point at them. */
export const EVENT_TABLES: CopiedTable[] = [
  {
    table: 'Deployment',
    columns: { id: 'int', externalId: 'text', deployedAt: 'time', teamId: 'text', failed: 'bool', unplanned: 'bool', receivedAt: 'time' },
  },
  { table: 'DeploymentCommit', columns: { deploymentId: 'int', sha: 'text', committedAt: 'time' } },
  { table: 'FirstDeploy', columns: { sha: 'text', deploymentId: 'int', teamId: 'text', committedAt: 'time', deployedAt: 'time' } },
  {
    table: 'Incident',
    columns: {
      externalId: 'text',
      openedAt: 'time',
      acknowledgedAt: 'time',
      resolvedAt: 'time',
      severity: 'int',
      teamId: 'text',
      causedBy: 'text',
      receivedAt: 'time',
    },
  },
]
