// `npm run fault-test`: kills the production server with SIGKILL during ingest, repeatedly, then
// checks that no acknowledged event was lost, none is stored twice, no batch is partly stored, and
// SQLite's integrity_check passes. Needs a prior `npx next build`. Exit code 1 on any problem.
import { runFaultTest } from '../tooling/fault/fault-test'

async function main() {
  const rounds = Number(process.env.FAULT_ROUNDS ?? 5)
  const report = await runFaultTest({ rounds, senders: 3, batchSize: 200, log: (line) => console.log(line) })
  console.log(JSON.stringify({ ...report, problems: report.problems.length }, null, 2))
  for (const problem of report.problems) console.error(`PROBLEM: ${problem}`)
  console.log(report.problems.length === 0 ? 'fault test passed' : `fault test FAILED with ${report.problems.length} problems`)
  process.exitCode = report.problems.length === 0 ? 0 : 1
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
