import Database from 'better-sqlite3'
import { CATALOGUE } from '../lib/metrics/catalogue'
import { addQuarters } from '../lib/metrics/quarters'

export interface BenchShape {
  years: number
  teams: number
  lastQuarter: string
}

/**
 * Fills a migrated database with `years` × 4 quarters × (org + `teams`) × every metric, plus a
 * target per metric and scope, in one transaction (prepared statements; no string-built SQL).
 */
export function seedBenchData(file: string, shape: BenchShape): { figures: number; scopes: string[] } {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  const quarters = Array.from({ length: shape.years * 4 }, (_, i) => addQuarters(shape.lastQuarter, -i))
  const insertTeam = db.prepare('INSERT INTO Team (id, slug, name, isDemo, createdAt) VALUES (?, ?, ?, 0, ?)')
  const insertFigure = db.prepare(
    'INSERT INTO Figure (scope, quarter, metricKey, value, n, source, updatedBy, updatedAt, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)',
  )
  const insertQuarter = db.prepare('INSERT INTO Quarter (scope, quarter, benchmarkSet) VALUES (?, ?, ?)')
  const insertTarget = db.prepare('INSERT INTO Target (scope, quarter, metricKey, value, isDemo, updatedAt) VALUES (?, ?, ?, ?, 0, ?)')
  const now = Date.now()
  const scopes = ['org']
  let figures = 0
  db.transaction(() => {
    for (let t = 1; t <= shape.teams; t++) {
      const id = `bench-team-${t}`
      insertTeam.run(id, `team-${String(t).padStart(2, '0')}`, `Team ${t}`, now)
      scopes.push(id)
    }
    for (const scope of scopes) {
      for (const quarter of quarters) {
        insertQuarter.run(scope, quarter, '2023')
        for (const metric of CATALOGUE) {
          const base = metric.defaultTarget ?? 100
          const value = metric.unit === 'count' ? Math.round(base + (figures % 7)) : base * (0.8 + ((figures * 37) % 40) / 100)
          insertFigure.run(
            scope,
            quarter,
            metric.key,
            metric.unit === 'percent' ? Math.min(100, value) : value,
            null,
            'import',
            'bench',
            now,
          )
          figures++
        }
      }
      for (const metric of CATALOGUE) insertTarget.run(scope, quarters.at(-1), metric.key, metric.defaultTarget ?? 100, now)
    }
  })()
  db.close()
  return { figures, scopes }
}
