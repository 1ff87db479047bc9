// `npm run bench`: builds the app, seeds a large database, measures, and writes docs/benchmarks.md.
// Set BENCH_SKIP_BUILD=1 to reuse an existing build, BENCH_POSTGRES=0 to leave out the PostgreSQL
// columns (which also run alone: npm run bench:postgres).
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createBenchAdmin, signIn } from './bench-session'
import { benchPdfPhase } from './pdf-bench'
import { timePdfInProcess } from './pdf-in-process-run'
import { pdfPoolSize } from '../lib/reports/pdf/pdf-pool'
import { seedBenchData } from './seed-bench-data'
import { startServer, stopServer } from './server'
import { benchScorecard } from './scorecard-bench'
import { benchCompute } from './compute-bench'
import { benchIngest } from './ingest-bench'
import { benchDeliveries } from './deliveries-bench'
import { renderDeliveriesSection } from './deliveries-report'
import { renderReport } from './report'
import { sqliteBenchDatabase } from './bench-database'
import { benchPostgres } from './postgres-bench'
import { renderPostgresSection, withPostgresSection } from './postgres-report'
import { eventBenchDatabase } from './compute-bench-data'
import { percentile, round } from './stats'

const PORT = 3200
const env = { ...process.env, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' }
// The server refuses to start without a strong secret; the bench's is random and lives only in this run.
process.env.APP_SECRET ??= randomBytes(48).toString('base64url')

async function main() {
  // The same steps as `npm run build`. The PDF worker bundle is cheap, so it is refreshed even with BENCH_SKIP_BUILD.
  if (process.env.BENCH_SKIP_BUILD !== '1') execFileSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env })
  execFileSync(process.execPath, ['scripts/build-pdf-worker.mjs'], { stdio: 'inherit', env })
  const dir = path.resolve('bench/.tmp')
  mkdirSync(dir, { recursive: true })
  const dbFile = path.join(dir, 'bench.db')
  // Only this bench's own files: other benches keep data of their own under bench/.tmp.
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true })
  const databaseUrl = `file:${dbFile}`
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], { stdio: 'ignore', env: { ...env, DATABASE_URL: databaseUrl } })
  const lastQuarter = '2026-Q3'
  const seeded = seedBenchData(dbFile, { years: 10, teams: 20, lastQuarter })
  console.log(`seeded ${seeded.figures} figures`)
  process.env.DATABASE_URL = databaseUrl
  await createBenchAdmin()
  const { getReport } = await import('../lib/reports/get-report')
  const { ORG_SCOPE } = await import('../lib/db/queries/teams')
  const model = await getReport(ORG_SCOPE, lastQuarter, 'Bench Admin')

  const base = `http://127.0.0.1:${PORT}`
  const scorecardPath = `/?quarter=${lastQuarter}&scope=team-07`
  // The machine is shared: its load average as the measuring starts goes into the report.
  const loadAverage = os.loadavg()
  const server = await startServer(PORT, databaseUrl)
  let scorecard
  let worker
  try {
    const cookie = await signIn(base)
    const db = sqliteBenchDatabase(dbFile)
    scorecard = await benchScorecard(base, db, 'team-07', 'bench-team-7', lastQuarter, cookie).finally(() => db.close())
    console.log(scorecard)
    worker = await benchPdfPhase(base, cookie, lastQuarter, scorecardPath, true)
    console.log('PDF, worker thread:', JSON.stringify(worker))
  } finally {
    await stopServer(server)
  }
  // For comparison: the same server rendering PDFs on its main thread.
  const plain = await startServer(PORT, databaseUrl, { PDF_WORKERS: '0' })
  let mainThread
  try {
    mainThread = await benchPdfPhase(base, await signIn(base), lastQuarter, scorecardPath, false)
    console.log('PDF, main thread:', JSON.stringify(mainThread))
  } finally {
    await stopServer(plain)
  }
  const inProcess = await timePdfInProcess(model, dir, 5)
  console.log('PDF, in-process:', JSON.stringify(inProcess))

  // Figures from events, on a separate (cached) database of a million deployments.
  const compute = await benchCompute(env)
  console.log('Figures from events:', JSON.stringify(compute.scopes))

  // The events API over HTTP, on a server and database of its own.
  const ingest = await benchIngest(PORT, dir)
  console.log('Events ingestion:', JSON.stringify(ingest))

  // Webhook deliveries, on a server and database of their own (also alone: npm run bench:deliveries).
  const deliveries = await benchDeliveries(PORT, dir)
  console.log('Webhook deliveries:', JSON.stringify(deliveries))

  // What SQLite measured, kept for `npm run bench:postgres` to set its columns beside.
  writeFileSync(path.join(dir, 'sqlite-results.json'), JSON.stringify({ scorecard, compute, ingest }))
  const postgres =
    process.env.BENCH_POSTGRES === '0'
      ? null
      : await benchPostgres({ port: PORT, scorecardFile: dbFile, eventFile: eventBenchDatabase(env).file, quarter: lastQuarter })

  const report = renderReport({
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    figures: seeded.figures,
    scorecard,
    pdf: {
      workers: pdfPoolSize(),
      worker,
      mainThread,
      inProcess: {
        firstMs: round(inProcess.firstMs),
        p50: round(percentile(inProcess.samples, 50)),
        max: round(Math.max(...inProcess.samples)),
        cpuP50: round(percentile(inProcess.cpuSamples, 50)),
        bytes: inProcess.bytes,
      },
      loadAverage,
    },
    compute,
    ingest,
  })
  mkdirSync('docs', { recursive: true })
  const date = new Date().toISOString().slice(0, 10)
  const doc = report + renderDeliveriesSection(deliveries, date)
  writeFileSync(
    'docs/benchmarks.md',
    postgres ? withPostgresSection(doc, renderPostgresSection({ scorecard, compute, ingest }, postgres, date)) : doc,
  )
  console.log('wrote docs/benchmarks.md')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
