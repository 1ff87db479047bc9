// `npm run bench:deliveries`: only the webhook deliveries bench, on an existing production build
// (`npm run build` first). Replaces its section of docs/benchmarks.md and leaves the rest as it is.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { benchDeliveries, DEFAULT_COUNTS } from './deliveries-bench'
import { renderDeliveriesSection, withDeliveriesSection } from './deliveries-report'

// The server and the admin command must share the secret that encrypts the connection's secret.
process.env.APP_SECRET ??= randomBytes(48).toString('base64url')
const PORT = Number(process.env.BENCH_PORT ?? 3200)
// BENCH_DELIVERIES=warm,sequential,concurrent sends fewer (or more) deliveries, e.g. on a crowded machine.
const [warmUp, sequential, concurrent] = (process.env.BENCH_DELIVERIES ?? '').split(',').map(Number)
const counts = warmUp > 0 && sequential > 0 && concurrent > 0 ? { warmUp, sequential, concurrent } : DEFAULT_COUNTS
const FILE = 'docs/benchmarks.md'
async function main() {
  const dir = path.resolve('bench/.tmp')
  mkdirSync(dir, { recursive: true })
  const result = await benchDeliveries(PORT, dir, counts)
  console.log('Webhook deliveries:', JSON.stringify(result))
  const section = renderDeliveriesSection(result, new Date().toISOString().slice(0, 10))
  writeFileSync(FILE, withDeliveriesSection(existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmarks\n', section))
  console.log(`wrote the deliveries section of ${FILE}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
