// Serves the production build for the browser tests on a fresh, empty database of its own, so the
// tests never see (or touch) the developer's data. Expects `next build` to have run; bundles the
// PDF worker beside it (well under a second), as `npm run build` does, in case only `next build` ran.
import { rmSync, mkdirSync } from 'node:fs'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { buildPdfWorker } from './build-pdf-worker.mjs'
import { run } from './run.mjs'

await buildPdfWorker()

const port = process.argv[2] ?? '3100'
const dir = path.resolve('e2e/.tmp')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const env = { DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`, DEMO_DATA: '0' }
run('tsx', ['scripts/prepare-db.ts'], env)
// The same server as `npm start`, so the browser tests exercise what people run.
const server = spawn(process.execPath, [path.join('scripts', 'server.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, ...env, PORT: port, HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
