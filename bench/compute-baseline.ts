import type Database from 'better-sqlite3'

/**
 * The baseline of the figures-from-events speed goal: one hand-written SQL query per figure, as a person would
 * write it against the schema (the same indexes, the same rules), run directly through
 * better-sqlite3 with no ORM in between. Medians use the textbook ORDER BY … LIMIT/OFFSET form.
 */
const QUERIES = {
  deployment_frequency: (team: string) => `
    SELECT COUNT(*) * 1.0 / @days AS value, COUNT(*) AS n FROM Deployment
    WHERE deployedAt >= @start AND deployedAt < @end ${team}`,
  lead_time_hours: (team: string) => `
    WITH lt AS (
      SELECT (julianday(deployedAt) - julianday(committedAt)) * 24 AS h FROM FirstDeploy
      WHERE deployedAt >= @start AND deployedAt < @end AND deployedAt > committedAt ${team})
    SELECT (SELECT AVG(h) FROM (SELECT h FROM lt ORDER BY h
        LIMIT 2 - (SELECT COUNT(*) FROM lt) % 2 OFFSET ((SELECT COUNT(*) FROM lt) - 1) / 2)) AS value,
      (SELECT COUNT(*) FROM lt) AS n`,
  change_failure_rate: (team: string) => `
    SELECT 100.0 * SUM(d.failed OR EXISTS (SELECT 1 FROM Incident i WHERE i.causedBy = d.externalId)) / COUNT(*) AS value, COUNT(*) AS n
    FROM Deployment d WHERE d.deployedAt >= @start AND d.deployedAt < @end ${team}`,
  recovery_time_hours: (team: string) => `
    WITH r AS (
      SELECT (julianday(resolvedAt) - julianday(openedAt)) * 24 AS h FROM Incident
      WHERE resolvedAt >= @start AND resolvedAt < @end AND causedBy IS NOT NULL AND resolvedAt >= openedAt ${team})
    SELECT (SELECT AVG(h) FROM (SELECT h FROM r ORDER BY h
        LIMIT 2 - (SELECT COUNT(*) FROM r) % 2 OFFSET ((SELECT COUNT(*) FROM r) - 1) / 2)) AS value,
      (SELECT COUNT(*) FROM r) AS n`,
  rework_rate: (team: string) => `
    SELECT 100.0 * SUM(unplanned) / COUNT(*) AS value, COUNT(*) AS n FROM Deployment
    WHERE deployedAt >= @start AND deployedAt < @end ${team}`,
  major_incidents: (team: string) => `
    SELECT SUM(severity <= 2) AS value, COUNT(*) AS n FROM Incident
    WHERE openedAt >= @start AND openedAt < @end ${team}`,
  mtta_minutes: (team: string) => `
    SELECT AVG((julianday(acknowledgedAt) - julianday(openedAt)) * 1440) AS value, COUNT(*) AS n FROM Incident
    WHERE openedAt >= @start AND openedAt < @end AND acknowledgedAt >= openedAt ${team}`,
  mttr_hours: (team: string) => `
    SELECT AVG((julianday(resolvedAt) - julianday(openedAt)) * 24) AS value, COUNT(*) AS n FROM Incident
    WHERE resolvedAt >= @start AND resolvedAt < @end AND resolvedAt >= openedAt ${team}`,
} as const

export type HandWritten = Record<keyof typeof QUERIES, { value: number | null; n: number; ms: number }>

const iso = (d: Date) => d.toISOString().replace('Z', '+00:00')

/** Runs the eight queries once for a scope ('org' or a team id) and times each. */
export function handWrittenFigures(db: Database.Database, scope: string, window: { start: Date; end: Date; days: number }): HandWritten {
  const team = scope === 'org' ? '' : 'AND teamId = @team'
  const params = { start: iso(window.start), end: iso(window.end), days: window.days, ...(scope === 'org' ? {} : { team: scope }) }
  const result = {} as HandWritten
  for (const [key, sql] of Object.entries(QUERIES) as [keyof typeof QUERIES, (team: string) => string][]) {
    const statement = db.prepare(sql(team))
    const used = Object.fromEntries(Object.entries(params).filter(([name]) => statement.source.includes(`@${name}`)))
    const t = performance.now()
    const row = statement.get(used) as { value: number | null; n: number }
    result[key] = { value: row.value, n: row.n, ms: performance.now() - t }
  }
  return result
}
