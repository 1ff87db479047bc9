// Two app servers on one fresh PostgreSQL database (on TEST_POSTGRES_URL), for the browser test of
// several app servers (playwright.postgres.config.ts): the same production build and the same
// server as `npm start`, each on its own port, sharing APP_SECRET as a deployment must.
import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { buildPdfWorker } from './build-pdf-worker.mjs'
import { createPostgresDatabase } from './e2e-postgres.mjs'
import { run } from './run.mjs'

await buildPdfWorker()

const ports = process.argv.slice(2, 4)
const url = await createPostgresDatabase('e2e_two_servers')

const env = { DATABASE_URL: url, DEMO_DATA: '0', APP_SECRET: randomBytes(48).toString('base64url') }
run('tsx', ['scripts/prepare-db.ts'], env)
const servers = ports.map((port) =>
  spawn(process.execPath, [path.join('scripts', 'server.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, ...env, PORT: port, HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
  }),
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => servers.forEach((s) => s.kill(signal)))
for (const server of servers) server.on('exit', (exitCode) => process.exit(exitCode ?? 0))
