// `npm run bench:postgres`: the PostgreSQL columns of the benchmarks alone, on a throwaway server.
// Seeds the same scorecard data as `npm run bench` into a SQLite file of its own, reuses (or makes)
// the events file, copies both into PostgreSQL and measures; then puts the PostgreSQL section into
// docs/benchmarks.md beside the SQLite numbers of the last full run (bench/.tmp/sqlite-results.json).
// Needs a prior `npm run build`. Knobs for a smoke run: BENCH_YEARS, BENCH_TEAMS, BENCH_DEPLOYMENTS,
// BENCH_REQUESTS, BENCH_INGEST_BATCHES.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { eventBenchDatabase } from './compute-bench-data'
import { benchPostgres } from './postgres-bench'
import { renderPostgresSection, withPostgresSection, type SqliteSide } from './postgres-report'
import { seedBenchData } from './seed-bench-data'

const PORT = Number(process.env.BENCH_PORT ?? 3200)
const env = { ...process.env, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' }
process.env.APP_SECRET ??= randomBytes(48).toString('base64url')

async function main() {
  execFileSync(process.execPath, ['scripts/build-pdf-worker.mjs'], { stdio: 'inherit', env })
  const dir = path.resolve('bench/.tmp')
  mkdirSync(dir, { recursive: true })
  const scorecardFile = path.join(dir, 'postgres-source.db')
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(scorecardFile + suffix, { force: true })
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], {
    stdio: 'ignore',
    env: { ...env, DATABASE_URL: `file:${scorecardFile}` },
  })
  const lastQuarter = '2026-Q3'
  seedBenchData(scorecardFile, {
    years: Number(process.env.BENCH_YEARS ?? 10),
    teams: Number(process.env.BENCH_TEAMS ?? 20),
    lastQuarter,
  })
  const events = eventBenchDatabase(env)
  if (events.generated) console.log(`generated the events file in ${events.seconds} s`)
  const result = await benchPostgres({ port: PORT, scorecardFile, eventFile: events.file, quarter: lastQuarter })
  writeFileSync(path.join(dir, 'postgres-results.json'), JSON.stringify(result))
  const saved = path.join(dir, 'sqlite-results.json')
  const sqlite: SqliteSide = existsSync(saved) ? (JSON.parse(readFileSync(saved, 'utf8')) as SqliteSide) : {}
  const section = renderPostgresSection(sqlite, result, new Date().toISOString().slice(0, 10))
  console.log(section)
  if (process.env.BENCH_WRITE_DOCS !== '0') {
    writeFileSync('docs/benchmarks.md', withPostgresSection(readFileSync('docs/benchmarks.md', 'utf8'), section))
    console.log('wrote the PostgreSQL section of docs/benchmarks.md')
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
