import { execFileSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import { startPostgres } from '../scripts/postgres-server.mjs'
import { createTempPostgres } from '../tooling/db/temp-postgres'
import { BENCH_ADMIN, signIn } from './bench-session'
import { benchComputePostgres, type PostgresComputeTiming } from './postgres-compute'
import { copySqliteToPostgres, EVENT_TABLES, SCORECARD_TABLES } from './postgres-copy'
import { postgresBenchDatabase } from './postgres-bench-database'
import { benchIngestOn, type IngestBenchResult } from './ingest-bench'
import { benchScorecard, type ScorecardBenchResult } from './scorecard-bench'
import { startServer, stopServer } from './server'
import { round } from './stats'

export interface PostgresBenchResult {
  serverVersion: string
  /** Seconds to copy each data set from its SQLite file. */
  loadSeconds: { scorecard: number; events: number }
  scorecard: ScorecardBenchResult
  compute: PostgresComputeTiming[]
  ingest: IngestBenchResult
  seconds: number
}

function admin(args: string[], url: string, input = ''): string {
  return execFileSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/admin.ts', ...args], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: '1' },
    encoding: 'utf8',
    input,
  })
}

/** The ingest bench's database on PostgreSQL: five teams and an ingest token, as prepareIngestDatabase makes on SQLite. */
async function prepareIngestPostgres(url: string): Promise<{ url: string; token: string; teams: string[] }> {
  const teams = Array.from({ length: 5 }, (_, t) => `ingest-team-${t + 1}`)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (const slug of teams)
      await client.query('INSERT INTO "Team" ("id", "slug", "name", "createdAt") VALUES ($1, $1, $1, now())', [slug])
  } finally {
    await client.end()
  }
  const { token } = JSON.parse(admin(['create-token', '--scope', 'ingest', '--name', 'bench', '--json'], url)) as { token: string }
  return { url, token, teams }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await work()
  return [result, round((performance.now() - start) / 1000)]
}

/**
 * The PostgreSQL columns of the benchmarks, on the same data as SQLite's: the scorecard against the
 * smallest page (its rows copied from the SQLite bench file), a quarter's eight figures over the
 * events file's million deployments, and ingest over HTTP. On BENCH_POSTGRES_URL's server if set,
 * else a throwaway one (scripts/postgres-server.mjs); each part on a fresh database of its own.
 */
export async function benchPostgres(opts: {
  port: number
  scorecardFile: string
  eventFile: string
  quarter: string
}): Promise<PostgresBenchResult> {
  const started = performance.now()
  const server = process.env.BENCH_POSTGRES_URL ? null : startPostgres({ durable: true })
  // createTempPostgres makes its databases on the server this names.
  process.env.TEST_POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? server?.url
  try {
    const scorecardDb = await createTempPostgres('bench_scorecard')
    const [, scorecardLoad] = await timed(() => copySqliteToPostgres(opts.scorecardFile, scorecardDb.url, SCORECARD_TABLES))
    admin(
      ['create-user', '--email', BENCH_ADMIN.email, '--role', 'admin', '--name', BENCH_ADMIN.name],
      scorecardDb.url,
      `${BENCH_ADMIN.password}\n`,
    )
    const base = `http://127.0.0.1:${opts.port}`
    const app = await startServer(opts.port, scorecardDb.url)
    let scorecard: ScorecardBenchResult
    const db = await postgresBenchDatabase(scorecardDb.url)
    try {
      scorecard = await benchScorecard(base, db, 'team-07', 'bench-team-7', opts.quarter, await signIn(base))
    } finally {
      await db.close()
      await stopServer(app)
    }
    console.log('PostgreSQL scorecard:', JSON.stringify(scorecard))

    const eventDb = await createTempPostgres('bench_events')
    const [, eventsLoad] = await timed(() => copySqliteToPostgres(opts.eventFile, eventDb.url, EVENT_TABLES))
    const compute = await benchComputePostgres(eventDb.url, opts.eventFile)
    console.log('PostgreSQL figures from events:', JSON.stringify(compute))

    const ingestDb = await createTempPostgres('bench_ingest')
    const ingest = await benchIngestOn(opts.port, await prepareIngestPostgres(ingestDb.url))
    console.log('PostgreSQL events ingestion:', JSON.stringify(ingest))

    const client = new pg.Client({ connectionString: ingestDb.url })
    await client.connect()
    const serverVersion = ((await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '?').split(
      ' ',
    )[0]
    await client.end()
    for (const temp of [scorecardDb, eventDb, ingestDb]) await temp.remove()
    return {
      serverVersion,
      loadSeconds: { scorecard: scorecardLoad, events: eventsLoad },
      scorecard,
      compute,
      ingest,
      seconds: round((performance.now() - started) / 1000),
    }
  } finally {
    server?.stop()
  }
}
