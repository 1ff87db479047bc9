import Database from 'better-sqlite3'
import { quartersEnding } from '../lib/metrics/quarters'

/**
 * The baseline: the same rows the scorecard page reads (a scope's figures over eight quarters, its
 * targets, its quarter rows and the settings), read by hand-written SQL straight through
 * better-sqlite3, with no ORM and no rendering.
 */
export function rawScorecardReader(file: string) {
  const db = new Database(file, { readonly: true })
  const figures = db.prepare(
    'SELECT quarter, metricKey, value, n, source, updatedAt, updatedBy, version FROM Figure WHERE scope = ? AND quarter IN (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const targets = db.prepare('SELECT quarter, metricKey, value FROM Target WHERE scope = ? AND quarter <= ?')
  const quarterRows = db.prepare(
    'SELECT quarter, benchmarkSet, publishedAt FROM Quarter WHERE scope = ? AND quarter IN (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const settings = db.prepare('SELECT key, value FROM Setting')
  const teams = db.prepare('SELECT id, slug, name FROM Team WHERE archivedAt IS NULL ORDER BY name')
  return {
    read(scope: string, quarter: string) {
      const quarters = quartersEnding(quarter, 8)
      return {
        figures: figures.all(scope, ...quarters),
        targets: targets.all(scope, quarter),
        quarters: quarterRows.all(scope, ...quarters),
        settings: settings.all(),
        teams: teams.all(),
      }
    },
    close: () => db.close(),
  }
}
