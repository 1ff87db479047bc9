// `npm run bench`: builds the app, seeds a large database, measures, and writes docs/benchmarks.md.
// Set BENCH_SKIP_BUILD=1 to reuse an existing build.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { seedBenchData } from './seed-bench-data'
import { startServer, stopServer } from './server'
import { benchScorecard } from './scorecard-bench'
import { renderReport } from './report'

const PORT = 3200
const env = { ...process.env, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' }

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') execFileSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env })
  const dir = path.resolve('bench/.tmp')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const dbFile = path.join(dir, 'bench.db')
  const databaseUrl = `file:${dbFile}`
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], { stdio: 'ignore', env: { ...env, DATABASE_URL: databaseUrl } })
  const lastQuarter = '2026-Q3'
  const seeded = seedBenchData(dbFile, { years: 10, teams: 20, lastQuarter })
  console.log(`seeded ${seeded.figures} figures`)

  const server = await startServer(PORT, databaseUrl)
  try {
    const scorecard = await benchScorecard(`http://127.0.0.1:${PORT}`, dbFile, 'team-07', 'bench-team-7', lastQuarter)
    console.log(scorecard)
    const report = renderReport({
      date: new Date().toISOString().slice(0, 10),
      machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      figures: seeded.figures,
      scorecard,
    })
    mkdirSync('docs', { recursive: true })
    writeFileSync('docs/benchmarks.md', report)
    console.log('wrote docs/benchmarks.md')
  } finally {
    await stopServer(server)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
