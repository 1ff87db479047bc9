import pg from 'pg'
import { quartersEnding } from '../lib/metrics/quarters'
import type { BenchDatabase } from './bench-database'

/**
 * The PostgreSQL twin of sqliteBenchDatabase: the same write and the same hand-written reads
 * (a scope's figures of eight quarters, its targets, its quarter rows, the settings, the teams), through pg.
 */
export async function postgresBenchDatabase(url: string): Promise<BenchDatabase> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    async touchAnotherScope(scopeId) {
      await client.query(
        'UPDATE "Figure" SET "version" = "version" + 1 WHERE "id" = (SELECT min("id") FROM "Figure" WHERE "scope" <> $1)',
        [scopeId],
      )
    },
    async readScorecardRows(scopeId, quarter) {
      const quarters = quartersEnding(quarter, 8)
      return {
        figures: (
          await client.query(
            'SELECT "quarter", "metricKey", "value", "n", "source", "updatedAt", "updatedBy", "version" FROM "Figure" WHERE "scope" = $1 AND "quarter" = ANY($2)',
            [scopeId, quarters],
          )
        ).rows,
        targets: (
          await client.query('SELECT "quarter", "metricKey", "value" FROM "Target" WHERE "scope" = $1 AND "quarter" <= $2', [
            scopeId,
            quarter,
          ])
        ).rows,
        quarters: (
          await client.query('SELECT "quarter", "benchmarkSet", "publishedAt" FROM "Quarter" WHERE "scope" = $1 AND "quarter" = ANY($2)', [
            scopeId,
            quarters,
          ])
        ).rows,
        settings: (await client.query('SELECT "key", "value" FROM "Setting"')).rows,
        teams: (await client.query('SELECT "id", "slug", "name" FROM "Team" WHERE "archivedAt" IS NULL ORDER BY "name"')).rows,
      }
    },
    close: () => client.end(),
  }
}
