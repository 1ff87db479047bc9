// The README's test command: unit tests (Vitest), a production build, then browser tests
// (Playwright in Debian's Chromium). Ends with one line "N passed, N failed" counting every test.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { startPostgres } from './postgres-server.mjs'

const env = { ...process.env, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' }
const bin = (name) => path.join('node_modules', '.bin', name)
const step = (name, args) => spawnSync(bin(name), args, { stdio: 'inherit', env }).status ?? 1

rmSync('.test-reports', { recursive: true, force: true })
mkdirSync('.test-reports', { recursive: true })

// Lint first, as `npm run lint` does it (ESLint at zero warnings, then Prettier's check): it is quick
// and its findings are part of "every test" (counted as one check).
const eslintStatus = step('eslint', ['.', '--max-warnings=0'])
const lintStatus = step('prettier', ['--check', '.']) || eslintStatus
const unitStatus = step('vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-reports/unit.json'])
// The PostgreSQL part (vitest.postgres.config.ts): on TEST_POSTGRES_URL if set, else on a throwaway
// server started here. A server that cannot start is a failure, never a silent skip.
let postgresProblem = null
let postgres = null
if (!process.env.TEST_POSTGRES_URL) {
  try {
    postgres = startPostgres()
  } catch (error) {
    postgresProblem = error instanceof Error ? error.message : String(error)
    console.error(`\nPostgreSQL tests FAILED: could not start a PostgreSQL server: ${postgresProblem}\n`)
  }
}
const postgresUrl = process.env.TEST_POSTGRES_URL ?? postgres?.url
const pgStatus = postgresUrl
  ? (spawnSync(
      bin('vitest'),
      ['run', '-c', 'vitest.postgres.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=.test-reports/unit-pg.json'],
      {
        stdio: 'inherit',
        env: { ...env, TEST_POSTGRES_URL: postgresUrl },
      },
    ).status ?? 1)
  : 1
// The same steps as `npm run build`: Next, then the PDF worker bundled beside it.
const nextStatus = step('next', ['build'])
const workerStatus = () => spawnSync(process.execPath, ['scripts/build-pdf-worker.mjs'], { stdio: 'inherit', env }).status ?? 1
const buildStatus = nextStatus === 0 ? workerStatus() : nextStatus
const e2eStatus = buildStatus === 0 ? step('playwright', ['test']) : 1
// On PostgreSQL: the browser test of two app servers on one database (playwright.postgres.config.ts),
// then the browser specs listed in playwright.postgres-suite.config.ts on one server of their own.
const playwrightOnPostgres = (config) =>
  buildStatus === 0 && postgresUrl
    ? (spawnSync(bin('playwright'), ['test', '-c', config], { stdio: 'inherit', env: { ...env, TEST_POSTGRES_URL: postgresUrl } }).status ??
      1)
    : 1
const e2ePgStatus = playwrightOnPostgres('playwright.postgres.config.ts')
const e2ePgSuiteStatus = playwrightOnPostgres('playwright.postgres-suite.config.ts')
postgres?.stop()

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

const unit = readJson('.test-reports/unit.json')
const unitPg = readJson('.test-reports/unit-pg.json')
const e2e = readJson('.test-reports/e2e.json')
const e2ePg = readJson('.test-reports/e2e-pg.json')
const e2ePgSuite = readJson('.test-reports/e2e-pg-suite.json')
let passed =
  (lintStatus === 0 ? 1 : 0) +
  (unit?.numPassedTests ?? 0) +
  (unitPg?.numPassedTests ?? 0) +
  (e2e?.stats?.expected ?? 0) +
  (e2e?.stats?.flaky ?? 0) +
  (e2ePg?.stats?.expected ?? 0) +
  (e2ePg?.stats?.flaky ?? 0) +
  (e2ePgSuite?.stats?.expected ?? 0) +
  (e2ePgSuite?.stats?.flaky ?? 0)
let failed =
  (lintStatus === 0 ? 0 : 1) +
  (unit?.numFailedTests ?? 0) +
  (unitPg?.numFailedTests ?? 0) +
  (e2e?.stats?.unexpected ?? 0) +
  (e2ePg?.stats?.unexpected ?? 0) +
  (e2ePgSuite?.stats?.unexpected ?? 0)
const skipped =
  (unit?.numPendingTests ?? 0) +
  (unit?.numTodoTests ?? 0) +
  (unitPg?.numPendingTests ?? 0) +
  (unitPg?.numTodoTests ?? 0) +
  (e2e?.stats?.skipped ?? 0) +
  (e2ePg?.stats?.skipped ?? 0) +
  (e2ePgSuite?.stats?.skipped ?? 0)
// A step that crashed before reporting still fails the run, counted as one failure.
if (unitStatus !== 0 && (unit?.numFailedTests ?? 0) === 0) failed += 1
if (pgStatus !== 0 && (unitPg?.numFailedTests ?? 0) === 0) failed += 1
if (buildStatus !== 0) failed += 1
if (buildStatus === 0 && e2eStatus !== 0 && (e2e?.stats?.unexpected ?? 0) === 0) failed += 1
if (buildStatus === 0 && postgresUrl && e2ePgStatus !== 0 && (e2ePg?.stats?.unexpected ?? 0) === 0) failed += 1
if (buildStatus === 0 && postgresUrl && e2ePgSuiteStatus !== 0 && (e2ePgSuite?.stats?.unexpected ?? 0) === 0) failed += 1
// No PostgreSQL server: its two browser steps never ran, and each counts as a failure.
if (buildStatus === 0 && !postgresUrl) failed += 2

console.log(
  `\nlint: ${lintStatus === 0 ? 'passed' : 'failed'}; unit: ${unit?.numPassedTests ?? 0} passed, ${unit?.numFailedTests ?? 0} failed; ` +
    `unit on PostgreSQL: ${postgresProblem ? `FAILED (${postgresProblem})` : `${unitPg?.numPassedTests ?? 0} passed, ${unitPg?.numFailedTests ?? 0} failed`}; browser: ${e2e?.stats?.expected ?? 0} passed, ${e2e?.stats?.unexpected ?? 0} failed; ` +
    `browser on PostgreSQL: ${postgresUrl ? `${(e2ePg?.stats?.expected ?? 0) + (e2ePgSuite?.stats?.expected ?? 0)} passed, ${(e2ePg?.stats?.unexpected ?? 0) + (e2ePgSuite?.stats?.unexpected ?? 0)} failed` : 'FAILED (no server)'}`,
)
console.log(skipped > 0 ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
