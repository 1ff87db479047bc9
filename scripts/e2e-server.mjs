// Serves the production build for the browser tests on a fresh, empty database of its own, so the
// tests never see (or touch) the developer's data: a SQLite file under e2e/.tmp, or with --postgres a
// new database on the server TEST_POSTGRES_URL names (playwright.postgres-suite.config.ts). Its URL goes
// to e2e/.tmp/database-url for the specs that seed or check rows directly (e2e/support/e2e-database.ts).
// Expects `next build` to have run; bundles the PDF worker beside it (well under a second), as
// `npm run build` does, in case only `next build` ran.
import { rmSync, mkdirSync, writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { buildPdfWorker } from './build-pdf-worker.mjs'
import { createPostgresDatabase } from './e2e-postgres.mjs'
import { run } from './run.mjs'

await buildPdfWorker()

const port = process.argv[2] ?? '3100'
const onPostgres = process.argv.includes('--postgres')
const dir = path.resolve('e2e/.tmp')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const databaseUrl = onPostgres ? await createPostgresDatabase('e2e_browser') : `file:${path.join(dir, 'e2e.db')}`
// The server secret keys API tokens, so the specs' command-line tools need it too: it is kept in
// e2e/.tmp on both databases (on SQLite that is where it goes anyway, beside the file).
const env = { DATABASE_URL: databaseUrl, DEMO_DATA: '0', APP_SECRET_FILE: path.join(dir, 'app-secret.key') }
run('tsx', ['scripts/prepare-db.ts'], env)
writeFileSync(path.join(dir, 'database-url'), databaseUrl)
// The same server as `npm start`, so the browser tests exercise what people run.
const server = spawn(process.execPath, [path.join('scripts', 'server.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, ...env, PORT: port, HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
