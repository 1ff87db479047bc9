import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

// BENCH_DEPLOYMENTS shrinks a smoke run (commits and incidents scale with it); the published figures use 1M.
const DEPLOYMENTS = Number(process.env.BENCH_DEPLOYMENTS ?? 1_000_000)

/** What the compute benchmark's database holds; part of the cache key, so a change regenerates it. */
export const EVENT_SHAPE = {
  version: 1,
  deployments: DEPLOYMENTS,
  commits: DEPLOYMENTS * 3,
  incidents: DEPLOYMENTS / 20,
  teams: 20,
  /** Three years of events, ending with the quarter the benchmark measures. */
  from: Date.UTC(2023, 9, 1),
  to: Date.UTC(2026, 9, 1),
  /** Share of commits that ship again in a later deployment (a redeploy): they count once. */
  redeployShare: 0.05,
} as const

export const BENCH_TEAM = (t: number) => `bench-team-${t}`

/** mulberry32: a small seeded generator, so every machine benchmarks the very same data. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** As the better-sqlite3 driver adapter stores a DateTime (ISO-8601 text, "+00:00" for Z). */
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')

function cacheKey(): string {
  const migrations = readdirSync('prisma/migrations')
    .filter((name) => /^\d/.test(name))
    .sort()
  return createHash('sha256').update(JSON.stringify({ EVENT_SHAPE, migrations })).digest('hex').slice(0, 12)
}

function fill(file: string) {
  const db = new Database(file)
  // Generation only: no journal and no fsync. The finished file is switched to WAL like the app's.
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -1000000')
  const rnd = random(20261128)
  const s = EVENT_SHAPE
  const insertDeployment = db.prepare(
    'INSERT INTO Deployment (id, externalId, deployedAt, teamId, failed, unplanned, receivedAt) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const insertCommit = db.prepare('INSERT INTO DeploymentCommit (deploymentId, sha, committedAt) VALUES (?, ?, ?)')
  const insertFirst = db.prepare('INSERT INTO FirstDeploy (sha, deploymentId, teamId, committedAt, deployedAt) VALUES (?, ?, ?, ?, ?)')
  const insertIncident = db.prepare(
    'INSERT INTO Incident (externalId, openedAt, acknowledgedAt, resolvedAt, severity, teamId, causedBy, receivedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const step = (s.to - s.from) / s.deployments
  const perDeployment = s.commits / s.deployments
  const recent: { id: number; sha: string; committedAt: string }[] = []
  let commits = 0
  const batch = 100_000
  for (let from = 0; from < s.deployments; from += batch) {
    db.transaction(() => {
      for (let i = from; i < Math.min(from + batch, s.deployments); i++) {
        const id = i + 1
        const deployedMs = Math.floor(s.from + i * step + rnd() * step)
        const deployedAt = iso(deployedMs)
        const team = BENCH_TEAM(1 + Math.floor(rnd() * s.teams))
        insertDeployment.run(id, `dep-${id}`, deployedAt, team, rnd() < 0.06 ? 1 : 0, rnd() < 0.08 ? 1 : 0, deployedAt)
        // Exactly commits ÷ deployments on average: whole commits, the remainder carried over.
        const due = Math.round((i + 1) * perDeployment) - commits
        const shipped = new Set<string>()
        for (let c = 0; c < due; c++, commits++) {
          const again = rnd() < s.redeployShare ? recent[Math.floor(rnd() * recent.length)] : undefined
          if (again && again.id !== id && !shipped.has(again.sha)) {
            shipped.add(again.sha)
            insertCommit.run(id, again.sha, again.committedAt) // shipped before: FirstDeploy keeps the first
            continue
          }
          const sha = createHash('sha1').update(`c${commits}`).digest('hex')
          // Lead times from minutes to weeks (log-uniform), a few clocks skewed into the future.
          const leadMs = rnd() < 0.002 ? -60_000 : Math.exp(Math.log(60_000) + rnd() * (Math.log(30 * 86_400_000) - Math.log(60_000)))
          const committedAt = iso(deployedMs - Math.round(leadMs))
          insertCommit.run(id, sha, committedAt)
          insertFirst.run(sha, id, team, committedAt, deployedAt)
          recent.push({ id, sha, committedAt })
          if (recent.length > 200) recent.shift()
        }
      }
    })()
  }
  db.transaction(() => {
    for (let i = 1; i <= s.incidents; i++) {
      const openedMs = Math.floor(s.from + rnd() * (s.to - s.from))
      const ack = rnd() < 0.9 ? iso(openedMs + Math.floor(rnd() * 3_600_000)) : null
      const resolved = rnd() < 0.95 ? iso(openedMs + Math.floor(600_000 + rnd() * 3 * 86_400_000)) : null
      const cause = rnd() < 0.4 ? `dep-${1 + Math.floor(rnd() * s.deployments)}` : null
      insertIncident.run(
        `inc-${i}`,
        iso(openedMs),
        ack,
        resolved,
        1 + Math.floor(rnd() * 4),
        BENCH_TEAM(1 + Math.floor(rnd() * s.teams)),
        cause,
        iso(openedMs),
      )
    }
  })()
  db.pragma('journal_mode = WAL')
  db.close()
}

/**
 * The benchmark's event database: migrated like the app's, then filled with prepared statements in
 * large transactions. Kept under bench/.tmp, keyed by the data shape and the migrations, so a rerun
 * reuses it (generating takes a minute or two).
 */
export function eventBenchDatabase(env: NodeJS.ProcessEnv): { file: string; generated: boolean; seconds: number } {
  const dir = path.resolve('bench/.tmp/compute')
  const file = path.join(dir, `events-${cacheKey()}.db`)
  if (existsSync(file)) return { file, generated: false, seconds: 0 }
  const started = performance.now()
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const partial = `${file}.partial`
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], { stdio: 'ignore', env: { ...env, DATABASE_URL: `file:${partial}` } })
  fill(partial)
  renameSync(partial, file)
  return { file, generated: true, seconds: Math.round((performance.now() - started) / 1000) }
}
