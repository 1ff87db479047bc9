// The README's start command: prepare the database, build, and serve on http://localhost:3000.
// Re-running it keeps every figure people entered: migrations only add, and demo data loads on
// the very first start only.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { buildPdfWorker } from './build-pdf-worker.mjs'
import { run } from './run.mjs'

run('tsx', ['scripts/prepare-db.ts'])
// The same steps as `npm run build`: Next, then the PDF worker bundled beside it.
run('next', ['build'])
await buildPdfWorker()

// The app's own server (Next's custom-server API) rather than `next start`: it passes the socket's
// address on to the app, which `next start` cannot (see scripts/server.mjs).
const server = spawn(process.execPath, [path.join('scripts', 'server.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, PORT: process.env.PORT ?? '3000', NEXT_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
