// `npm run concurrency`: 50 writers in 5 processes each save the same figure 20 times, based on the
// version they last read; checks through the audit trail that no accepted save was lost. Runs on a
// fresh temporary database, or on DATABASE_URL if set (it then writes to org / 2000-Q1 / releases).
import { runConcurrencyCheck, summary } from '../tooling/concurrency/concurrency-check'
import { createTempDatabase, type TempDatabase } from '../tooling/db/temp-database'

const PROCESSES = 5
const WRITERS_PER_PROCESS = 10
const SAVES_PER_WRITER = 20

async function main() {
  const temp: TempDatabase | null = process.env.DATABASE_URL ? null : createTempDatabase('cto-concurrency')
  try {
    const databaseUrl = process.env.DATABASE_URL ?? (temp as TempDatabase).url
    const report = await runConcurrencyCheck({
      databaseUrl,
      processes: PROCESSES,
      writersPerProcess: WRITERS_PER_PROCESS,
      savesPerWriter: SAVES_PER_WRITER,
    })
    console.log(summary(report, PROCESSES * WRITERS_PER_PROCESS, PROCESSES))
    for (const error of report.errors.slice(0, 10)) console.error(`error: ${error}`)
    for (const problem of report.problems) console.error(`problem: ${problem}`)
    const expected = PROCESSES * WRITERS_PER_PROCESS * SAVES_PER_WRITER
    const failed =
      report.lostUpdates > 0 || report.problems.length > 0 || report.errors.length > 0 || report.accepted + report.refused !== expected
    process.exitCode = failed ? 1 : 0
  } finally {
    temp?.remove()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
