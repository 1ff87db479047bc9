import { execFileSync } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import examples from '@octokit/webhooks-examples'
import Database from 'better-sqlite3'
import { awaitDrained, type DrainResult } from './deliveries-drain'
import { startServer, stopServer } from './server'
import { percentile, round } from './stats'

/**
 * Webhook receiving under load: GitHub's own example `deployment_status` delivery (from
 * @octokit/webhooks-examples), each a new deployment of a mapped repository, signed with the
 * connection's secret as GitHub signs it, posted to the production server. Latency is per delivery,
 * from request to the 200 (sent once the delivery is queued durably); throughput is from the first
 * request to the last 200. Then the time until the queue has applied every delivery and the
 * recompute job has brought the figures up to date, and whether they are right.
 */
export interface DeliveriesRun {
  clients: number
  deliveries: number
  seconds: number
  perSecond: number
  p50: number
  p95: number
}

export interface DeliveriesBenchResult {
  sequential: DeliveriesRun
  concurrent: DeliveriesRun
  /**
   * The floor: the same clients, in the same run, asking the app's smallest API route
   * (GET /api/health: one query). No route of this server can answer faster or more often.
   */
  floor: { sequential: DeliveriesRun; concurrent: DeliveriesRun }
  warmUp: number
  /** Deliveries sent (warm-up included); what the drain found (stored deployments, figures' n). */
  sent: number
  drain: DrainResult
  /** This machine is shared: its load as the measuring started and when it ended. */
  loadBefore: number[]
  loadAfter: number[]
}

const REPO = 'Codertocat/Hello-World'
const DAY_MS = 86_400_000

function example(): Record<string, unknown> {
  const found = examples
    .find((e) => e.name === 'deployment_status')
    ?.examples.find((p) => (p as { deployment_status: { state: string } }).deployment_status.state === 'success')
  if (!found) throw new Error('deliveries bench: no deployment_status example')
  return found as Record<string, unknown>
}

/** Delivery n: the example with its own deployment id, sha and time (spread over 2025), serialised. */
function deliveryBody(template: Record<string, unknown>, n: number): string {
  const payload = structuredClone(template) as { deployment: Record<string, unknown>; deployment_status: Record<string, unknown> }
  const at = new Date(Date.UTC(2025, 0, 1) + ((n * 7919) % 360) * DAY_MS + (n % 86_400) * 1000).toISOString()
  payload.deployment.id = 10_000_000 + n
  payload.deployment.sha = n.toString(16).padStart(40, '0')
  payload.deployment_status.id = 20_000_000 + n
  payload.deployment_status.created_at = at
  return JSON.stringify(payload)
}

interface Connection {
  url: string
  secret: string
}

async function deliver(baseUrl: string, c: Connection, body: string, n: number): Promise<number> {
  const signature = `sha256=${createHmac('sha256', c.secret).update(body).digest('hex')}`
  const start = performance.now()
  const res = await fetch(`${baseUrl}${c.url}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'deployment_status',
      'x-github-delivery': `bench-delivery-${n}`,
      'x-hub-signature-256': signature,
    },
    body,
  })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`deliveries bench: delivery ${n} answered ${res.status}: ${text.slice(0, 300)}`)
  return performance.now() - start
}

async function health(baseUrl: string): Promise<number> {
  const start = performance.now()
  const res = await fetch(`${baseUrl}/api/health`)
  await res.text()
  if (res.status !== 200) throw new Error(`deliveries bench: /api/health answered ${res.status}`)
  return performance.now() - start
}

/** `count` requests made by `send` (given 0…count − 1) from `clients` concurrent senders: throughput and latency. */
async function timed(count: number, clients: number, send: (i: number) => Promise<number>): Promise<DeliveriesRun> {
  const durations: number[] = []
  let next = 0
  const start = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) durations.push(await send(next++))
    }),
  )
  const seconds = (performance.now() - start) / 1000
  return {
    clients,
    deliveries: count,
    seconds: round(seconds, 2),
    perSecond: round(count / seconds, 1),
    p50: round(percentile(durations, 50)),
    p95: round(percentile(durations, 95)),
  }
}

/** Deliveries `from`…`from + count − 1` split over `clients` concurrent senders; bodies are built and serialised first. */
function run(baseUrl: string, c: Connection, from: number, count: number, clients: number): Promise<DeliveriesRun> {
  const template = example()
  const bodies = Array.from({ length: count }, (_, i) => deliveryBody(template, from + i))
  return timed(count, clients, (i) => deliver(baseUrl, c, bodies[i], from + i))
}

/** A database of its own (migrated, one team), with a GitHub connection made and mapped by the admin command line. */
function prepare(file: string): { url: string; connection: Connection } {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
  const url = `file:${file}`
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: '1' }
  execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { stdio: 'ignore', env })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.prepare('INSERT INTO Team (id, slug, name, isDemo, createdAt) VALUES (?, ?, ?, 0, ?)').run('hooks', 'hooks', 'Hooks', Date.now())
  db.close()
  const admin = (args: string[]) =>
    execFileSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/admin.ts', ...args], { env, encoding: 'utf8' })
  const created = JSON.parse(admin(['create-connection', '--provider', 'github', '--name', 'bench', '--json'])) as {
    id: string
    secret: string
    webhookPath: string
  }
  admin(['map-source', '--connection', created.id, '--source', REPO, '--team', 'hooks'])
  return { url, connection: { url: created.webhookPath, secret: created.secret } }
}

/** How many deliveries each run sends: by default 50 to warm up, 300 from one client, 600 from four. */
export interface DeliveriesCounts {
  warmUp: number
  sequential: number
  concurrent: number
}

export const DEFAULT_COUNTS: DeliveriesCounts = { warmUp: 50, sequential: 300, concurrent: 600 }

/** Its own server and database: warm-up deliveries, then some from one client, then more from 4 clients at once. */
export async function benchDeliveries(
  port: number,
  dir: string,
  counts: DeliveriesCounts = DEFAULT_COUNTS,
): Promise<DeliveriesBenchResult> {
  const file = path.join(dir, 'deliveries.db')
  const { url, connection } = prepare(file)
  const server = await startServer(port, url)
  const baseUrl = `http://127.0.0.1:${port}`
  const loadBefore = os.loadavg()
  let sequential: DeliveriesRun
  let concurrent: DeliveriesRun
  let floor: DeliveriesBenchResult['floor']
  let drain: DrainResult
  try {
    await run(baseUrl, connection, 0, counts.warmUp, 1)
    await timed(counts.warmUp, 1, () => health(baseUrl))
    floor = {
      sequential: await timed(counts.sequential, 1, () => health(baseUrl)),
      concurrent: await timed(counts.concurrent, 4, () => health(baseUrl)),
    }
    sequential = await run(baseUrl, connection, 1_000, counts.sequential, 1)
    concurrent = await run(baseUrl, connection, 10_000, counts.concurrent, 4)
    drain = await awaitDrained(file, performance.now())
  } finally {
    await stopServer(server)
  }
  const loadAfter = os.loadavg()
  return {
    sequential,
    concurrent,
    floor,
    warmUp: counts.warmUp,
    drain,
    sent: counts.warmUp + counts.sequential + counts.concurrent,
    loadBefore,
    loadAfter,
  }
}
