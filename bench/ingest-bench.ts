import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { startServer, stopServer } from './server'
import { percentile, round } from './stats'

/**
 * The events API under load: batches of 1,000 events over HTTP against the
 * production server, half deployments with 1–3 commits each and half incidents, timed from the
 * first request to the last acknowledgement (a 200 is sent only after the batch has committed).
 */
export interface IngestRun {
  clients: number
  batches: number
  events: number
  seconds: number
  eventsPerSecond: number
  batchP50: number
  batchP95: number
  /** Deployment batches (with their commits) are the heavier kind; p50 of each kind on its own. */
  deploymentBatchP50: number
  incidentBatchP50: number
}

export interface IngestBenchResult {
  batchSize: number
  sequential: IngestRun
  concurrent: IngestRun
  /** This machine is shared: its load when the ingest runs ended. */
  loadAverage: number[]
}

const DAY_MS = 86_400_000

/** Deterministic events: batch b, item i; spread over a year, over the given teams and the organisation. */
export function deploymentBatch(run: string, b: number, size: number, teams: readonly string[]) {
  return Array.from({ length: size }, (_, i) => {
    const n = b * size + i
    const deployedAt = Date.UTC(2025, 9, 1) + ((n * 7919) % 365) * DAY_MS + (n % 86_400) * 1000
    const commits = Array.from({ length: 1 + (n % 3) }, (_, k) => ({
      sha: `${run}-${n.toString(16).padStart(8, '0')}-${k}`,
      committedAt: new Date(deployedAt - (1 + ((n * 31 + k) % 200)) * 3_600_000).toISOString(),
    }))
    const team = n % 5 === 0 ? undefined : teams[n % teams.length]
    return {
      id: `${run}-d-${n}`,
      deployedAt: new Date(deployedAt).toISOString(),
      team,
      service: `svc-${n % 12}`,
      failed: n % 9 === 0,
      commits,
    }
  })
}

export function incidentBatch(run: string, b: number, size: number, teams: readonly string[]) {
  return Array.from({ length: size }, (_, i) => {
    const n = b * size + i
    const openedAt = Date.UTC(2025, 9, 1) + ((n * 6007) % 365) * DAY_MS
    return {
      id: `${run}-i-${n}`,
      openedAt: new Date(openedAt).toISOString(),
      acknowledgedAt: new Date(openedAt + (1 + (n % 30)) * 60_000).toISOString(),
      resolvedAt: n % 10 === 0 ? null : new Date(openedAt + (1 + (n % 48)) * 3_600_000).toISOString(),
      severity: 1 + (n % 4),
      team: teams[n % teams.length],
      causedBy: n % 4 === 0 ? `${run}-d-${n}` : null,
    }
  })
}

async function send(baseUrl: string, token: string, kind: 'deployments' | 'incidents', body: string): Promise<number> {
  const start = performance.now()
  const res = await fetch(`${baseUrl}/api/v1/${kind}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`ingest bench: ${kind} batch answered ${res.status}: ${text.slice(0, 300)}`)
  return performance.now() - start
}

/** `batches` batches split over `clients` concurrent senders; bodies are serialised before the clock starts. */
export async function runIngest(
  baseUrl: string,
  token: string,
  name: string,
  opts: { clients: number; batches: number; size: number; teams: readonly string[] },
): Promise<IngestRun> {
  const work = Array.from({ length: opts.batches }, (_, b) => {
    const kind = b % 2 === 0 ? ('deployments' as const) : ('incidents' as const)
    const items = kind === 'deployments' ? deploymentBatch(name, b, opts.size, opts.teams) : incidentBatch(name, b, opts.size, opts.teams)
    return { kind, body: JSON.stringify(items) }
  })
  const durations: number[] = []
  const byKind = { deployments: [] as number[], incidents: [] as number[] }
  let next = 0
  const start = performance.now()
  await Promise.all(
    Array.from({ length: opts.clients }, async () => {
      while (next < work.length) {
        const { kind, body } = work[next++]
        const ms = await send(baseUrl, token, kind, body)
        durations.push(ms)
        byKind[kind].push(ms)
      }
    }),
  )
  const seconds = (performance.now() - start) / 1000
  const events = opts.batches * opts.size
  return {
    clients: opts.clients,
    batches: opts.batches,
    events,
    seconds: round(seconds, 2),
    eventsPerSecond: Math.round(events / seconds),
    batchP50: round(percentile(durations, 50)),
    batchP95: round(percentile(durations, 95)),
    deploymentBatchP50: round(percentile(byKind.deployments, 50)),
    incidentBatchP50: round(percentile(byKind.incidents, 50)),
  }
}

/**
 * A database of its own (migrated, five teams, one ingest token made by the admin command), so the
 * ingested events never touch the scorecard and PDF benches' data.
 */
export function prepareIngestDatabase(file: string): { url: string; token: string; teams: string[] } {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
  const url = `file:${file}`
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: '1' }
  execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { stdio: 'ignore', env })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  const teams = Array.from({ length: 5 }, (_, t) => `ingest-team-${t + 1}`)
  const insert = db.prepare('INSERT INTO Team (id, slug, name, isDemo, createdAt) VALUES (?, ?, ?, 0, ?)')
  for (const slug of teams) insert.run(slug, slug, slug, Date.now())
  db.close()
  const out = execFileSync(
    path.join('node_modules', '.bin', 'tsx'),
    ['scripts/admin.ts', 'create-token', '--scope', 'ingest', '--name', 'bench', '--json'],
    {
      env,
      encoding: 'utf8',
    },
  )
  return { url, token: (JSON.parse(out) as { token: string }).token, teams }
}

/**
 * Its own server on its own database: a warm-up, then 20 batches of 1,000 from one client, then 20
 * more (new ids) from 4 clients at once.
 */
export async function benchIngest(port: number, dir: string): Promise<IngestBenchResult> {
  return benchIngestOn(port, prepareIngestDatabase(path.join(dir, 'ingest.db')))
}

/** The ingest runs against a prepared database (SQLite here, PostgreSQL in postgres-bench.ts). BENCH_INGEST_BATCHES shrinks a smoke run. */
export async function benchIngestOn(
  port: number,
  { url, token, teams }: { url: string; token: string; teams: string[] },
): Promise<IngestBenchResult> {
  const size = 1000
  const batches = Number(process.env.BENCH_INGEST_BATCHES ?? 20)
  const server = await startServer(port, url)
  try {
    const baseUrl = `http://127.0.0.1:${port}`
    await runIngest(baseUrl, token, 'warm', { clients: 1, batches: Math.min(4, batches), size, teams })
    const sequential = await runIngest(baseUrl, token, 'seq', { clients: 1, batches, size, teams })
    const concurrent = await runIngest(baseUrl, token, 'par', { clients: 4, batches, size, teams })
    return { batchSize: size, sequential, concurrent, loadAverage: os.loadavg() }
  } finally {
    await stopServer(server)
  }
}
