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

const port = process.env.PORT ?? '3000'
const server = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', port], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
