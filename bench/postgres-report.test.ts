import { describe, expect, it } from 'vitest'
import type { IngestRun } from './ingest-bench'
import type { PostgresBenchResult } from './postgres-bench'
import { POSTGRES_HEADING, renderPostgresSection, withPostgresSection } from './postgres-report'
import type { ScorecardBenchResult } from './scorecard-bench'

function scorecard(pageP95: number): ScorecardBenchResult {
  const throughput = { requests: 900, seconds: 9, perSecond: 100 }
  return {
    page: { p50: 10, p95: pageP95 },
    afterChange: { p50: 12, p95: 14 },
    floor: { p50: 8, p95: 9 },
    rawP50: 0.3,
    rawP95: 0.5,
    weight: { htmlKb: 40, payloadKb: 20 },
    concurrent: { users: 20, page: throughput, floor: throughput, ratio: 1 },
    firstLoadKb: 200,
    firstLoadFiles: 10,
  }
}

function run(eventsPerSecond: number): IngestRun {
  return {
    clients: 1,
    batches: 20,
    events: 20_000,
    seconds: 1,
    eventsPerSecond,
    batchP50: 100,
    batchP95: 120,
    deploymentBatchP50: 120,
    incidentBatchP50: 80,
  }
}

function postgres(over: Partial<PostgresBenchResult>): PostgresBenchResult {
  return {
    serverVersion: '17.6',
    loadSeconds: { scorecard: 1, events: 60 },
    scorecard: scorecard(12),
    compute: [{ scope: 'org', first: 900, p50: 700, max: 800, agree: true, disagreements: [] }],
    ingest: { batchSize: 1000, sequential: run(6000), concurrent: { ...run(7000), clients: 4 }, loadAverage: [1, 1, 1] },
    seconds: 300,
    ...over,
  }
}

describe('renderPostgresSection', () => {
  it('sets each PostgreSQL measure beside SQLite’s and says when every goal is met', () => {
    const text = renderPostgresSection({ scorecard: scorecard(11) }, postgres({}), '2026-12-03')
    expect(text).toContain('| scorecard: scorecard p95 − smallest page p95 | ≤ 5 ms | 2 ms (11 − 9 ms) (met) | 3 ms (12 − 9 ms) (met) |')
    expect(text).toContain(
      "| organisation: a quarter's eight figures from events, p50 (first run) | ≤ 1000 ms | not measured | 700 ms (900 ms) (met) |",
    )
    expect(text).toContain('Every goal is met on PostgreSQL.')
    expect(text).toContain('the same eight figures and n')
  })

  it('states each miss, and figures that differ between the databases', () => {
    const text = renderPostgresSection(
      {},
      postgres({
        scorecard: scorecard(30),
        compute: [
          {
            scope: 'org',
            first: 1400,
            p50: 1200,
            max: 1300,
            agree: false,
            disagreements: ['lead_time_hours: PostgreSQL 3 (n 2), SQLite 4 (n 2)'],
          },
        ],
        ingest: { batchSize: 1000, sequential: run(4000), concurrent: { ...run(7000), clients: 4 }, loadAverage: [1, 1, 1] },
      }),
      '2026-12-03',
    )
    expect(text).toContain('Missed on PostgreSQL:')
    expect(text).toContain('- scorecard: scorecard p95 − smallest page p95: 21 ms (30 − 9 ms) against ≤ 5 ms.')
    expect(text).toContain("- organisation: a quarter's eight figures from events, p50 (first run): 1200 ms (1400 ms) against ≤ 1000 ms.")
    expect(text).toContain('- ingest over HTTP, one client: 4,000/s against ≥ 5,000/s.')
    expect(text).not.toContain('- ingest over HTTP, 4 clients')
    expect(text).toContain('**The figures differ between the databases:** lead_time_hours: PostgreSQL 3 (n 2), SQLite 4 (n 2).')
  })
})

describe('withPostgresSection', () => {
  it('appends the section once, then replaces it in place, keeping what follows', () => {
    const first = withPostgresSection('# Benchmarks\n\n## Scorecard\nA\n', `\n${POSTGRES_HEADING}\nold\n`)
    expect(first).toBe(`# Benchmarks\n\n## Scorecard\nA\n\n${POSTGRES_HEADING}\nold\n`)
    const again = withPostgresSection(`${first}\n## Deliveries\nB\n`, `\n${POSTGRES_HEADING}\nnew\n`)
    expect(again).toBe(`# Benchmarks\n\n## Scorecard\nA\n\n${POSTGRES_HEADING}\nnew\n\n## Deliveries\nB\n`)
  })
})
