import { expect, test } from '@playwright/test'
import { runFaultTest } from '../tooling/fault/fault-test'

/**
 * The ingest fault test, in the browser suite because it needs the production build (which `npm test`
 * makes before Playwright runs): the production server is killed with SIGKILL during concurrent
 * ingest, five times, on a database of its own (not the e2e server's). See tooling/fault/fault-test.ts.
 */
test('kill -9 during ingest loses no acknowledged event, duplicates none, stores no batch in part, and keeps the database sound', async () => {
  test.setTimeout(240_000)
  const report = await runFaultTest({ rounds: 5, senders: 3, batchSize: 200, log: (line) => console.log(line) })
  console.log(JSON.stringify({ ...report, problems: report.problems.length }))
  expect(report.problems).toEqual([])
  expect(report.integrity).toBe('ok')
  // The test means something only if batches were acknowledged and some were cut off by a kill.
  expect(report.acknowledged).toBeGreaterThan(5)
  expect(report.unknown).toBeGreaterThan(0)
})
