import type { ComputeBenchResult } from './compute-bench'
import type { IngestBenchResult } from './ingest-bench'
import { INGEST_GOAL } from './ingest-report'
import type { PostgresBenchResult } from './postgres-bench'
import type { ScorecardBenchResult } from './scorecard-bench'
import { speedGoals } from './speed-goals'

const COMPUTE_GOAL_MS = 1000

/** What SQLite measured in the same run (or the last full run, when the PostgreSQL part runs alone). */
export interface SqliteSide {
  scorecard?: ScorecardBenchResult
  compute?: ComputeBenchResult
  ingest?: IngestBenchResult
}

type Cell = { value: string; met?: boolean }

const cell = (c: Cell | undefined) => (c ? `${c.value}${c.met === undefined ? '' : c.met ? ' (met)' : ' (**missed**)'}` : 'not measured')

function rows(sqlite: SqliteSide, pg: PostgresBenchResult): { measure: string; goal: string; sqlite?: Cell; pg: Cell }[] {
  const sGoals = sqlite.scorecard ? speedGoals(sqlite.scorecard) : []
  const pGoals = speedGoals(pg.scorecard)
  const scope = (s: string) => (s === 'org' ? 'organisation' : `team ${s}`)
  const ingestCell = (r: { eventsPerSecond: number }) => ({
    value: `${r.eventsPerSecond.toLocaleString('en-US')}/s`,
    met: r.eventsPerSecond >= INGEST_GOAL,
  })
  return [
    ...pGoals.map((g, i) => ({
      measure: `scorecard: ${g.measure}`,
      goal: g.goal.replace(/ = [\d.]+ ms$/, ''),
      sqlite: sGoals[i] && { value: sGoals[i].value, met: sGoals[i].met },
      pg: { value: g.value, met: g.met },
    })),
    ...(['page', 'afterChange', 'floor'] as const).map((key) => ({
      measure: {
        page: 'scorecard page, p50 / p95',
        afterChange: 'first request after a write, p50 / p95',
        floor: 'smallest page, p50 / p95',
      }[key],
      goal: '',
      sqlite: sqlite.scorecard && { value: `${sqlite.scorecard[key].p50} / ${sqlite.scorecard[key].p95} ms` },
      pg: { value: `${pg.scorecard[key].p50} / ${pg.scorecard[key].p95} ms` },
    })),
    {
      measure: 'hand-written read of the same rows, p50 / p95',
      goal: '',
      sqlite: sqlite.scorecard && { value: `${sqlite.scorecard.rawP50} / ${sqlite.scorecard.rawP95} ms` },
      pg: { value: `${pg.scorecard.rawP50} / ${pg.scorecard.rawP95} ms` },
    },
    ...pg.compute.map((p) => {
      const s = sqlite.compute?.scopes.find((x) => x.scope === p.scope)
      return {
        measure: `${scope(p.scope)}: a quarter's eight figures from events, p50 (first run)`,
        goal: `≤ ${COMPUTE_GOAL_MS} ms`,
        sqlite: s && { value: `${s.oursP50} ms (${s.oursFirst} ms)`, met: s.oursP50 <= COMPUTE_GOAL_MS && s.oursFirst <= COMPUTE_GOAL_MS },
        pg: { value: `${p.p50} ms (${p.first} ms)`, met: p.p50 <= COMPUTE_GOAL_MS && p.first <= COMPUTE_GOAL_MS },
      }
    }),
    {
      measure: 'ingest over HTTP, one client',
      goal: `≥ ${INGEST_GOAL.toLocaleString('en-US')}/s`,
      sqlite: sqlite.ingest && ingestCell(sqlite.ingest.sequential),
      pg: ingestCell(pg.ingest.sequential),
    },
    {
      measure: `ingest over HTTP, ${pg.ingest.concurrent.clients} clients at once`,
      goal: `≥ ${INGEST_GOAL.toLocaleString('en-US')}/s`,
      sqlite: sqlite.ingest && ingestCell(sqlite.ingest.concurrent),
      pg: ingestCell(pg.ingest.concurrent),
    },
  ]
}

export const POSTGRES_HEADING = '## PostgreSQL beside SQLite'

/** The PostgreSQL section of docs/benchmarks.md: each measure on both databases, on the same data. */
export function renderPostgresSection(sqlite: SqliteSide, pg: PostgresBenchResult, date: string): string {
  const table = rows(sqlite, pg)
  const misses = table.filter((r) => r.pg.met === false).map((r) => `- ${r.measure}: ${r.pg.value} against ${r.goal}.`)
  const agree = pg.compute.every((c) => c.agree)
    ? 'On both databases computeQuarterFigures gives the same eight figures and n.'
    : `**The figures differ between the databases:** ${pg.compute.flatMap((c) => c.disagreements).join('; ')}.`
  return `
${POSTGRES_HEADING}
Measured by \`npm run bench\` (or alone: \`npm run bench:postgres\`) on ${date}, PostgreSQL ${pg.serverVersion} on the same
machine, a throwaway server (scripts/postgres-server.mjs, with fsync on as in production) with a fresh database per part. The same data: the
scorecard's rows and the events are copied from the SQLite bench files (${pg.loadSeconds.scorecard} s and
${pg.loadSeconds.events} s), then ANALYZE; ingest runs against its own database with five teams. The same
measures as the sections above, through the same production server (\`@prisma/adapter-pg\`). ${agree}
The PostgreSQL part took ${pg.seconds} s.

| measure | goal | SQLite | PostgreSQL |
|---|---|---|---|
${table.map((r) => `| ${r.measure} | ${r.goal} | ${cell(r.sqlite)} | ${cell(r.pg)} |`).join('\n')}

${misses.length > 0 ? `Missed on PostgreSQL:\n${misses.join('\n')}\n` : 'Every goal is met on PostgreSQL.\n'}`
}

/** Puts the section into docs/benchmarks.md in place of the last one, or at the end. */
export function withPostgresSection(doc: string, section: string): string {
  const start = doc.indexOf(`\n${POSTGRES_HEADING}`)
  if (start < 0) return `${doc.trimEnd()}\n${section}`
  const next = doc.indexOf('\n## ', start + 1)
  return `${doc.slice(0, start)}${section}${next < 0 ? '' : doc.slice(next)}`
}
