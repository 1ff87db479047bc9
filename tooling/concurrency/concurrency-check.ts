import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { judge, readBaseline, verify, type Baseline, type ConcurrencyReport, type SaveOutcome } from './concurrency-verify'
import { readPostgresBaseline, readPostgresState } from './postgres-state'
import { databaseFilePath, databaseProvider } from '@/lib/config/database-url'

export interface ConcurrencyOptions {
  databaseUrl: string
  processes: number
  writersPerProcess: number
  savesPerWriter: number
}

interface WriterProcess {
  child: ChildProcess
  /** Resolves once the process has loaded the save path and waits for "go". */
  ready: Promise<void>
  outcomes: Promise<SaveOutcome[]>
}

function startWriters(url: string, first: number, count: number, saves: number): WriterProcess {
  const script = path.resolve('scripts/concurrency-writers.ts')
  const child = spawn(path.resolve('node_modules/.bin/tsx'), [script, String(first), String(count), String(saves)], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  let output = ''
  let onReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk
    if (output.startsWith('ready\n')) onReady()
  })
  const outcomes = new Promise<SaveOutcome[]>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      const last = output.trim().split('\n').at(-1) ?? ''
      if (code === 0 && last.startsWith('[')) resolve(JSON.parse(last) as SaveOutcome[])
      else reject(new Error(`writer process ${first}…${first + count - 1} exited with ${code}`))
    })
  })
  // A process that dies while loading must not leave the check waiting for its "ready" forever.
  return { child, ready: Promise.race([ready, outcomes.then(() => undefined)]), outcomes }
}

/**
 * Runs the writers in `processes` OS processes at once, so the locking between processes is
 * exercised: SQLite's file lock, or on PostgreSQL the advisory lock, as between app servers.
 */
export async function runConcurrencyCheck(options: ConcurrencyOptions): Promise<ConcurrencyReport> {
  const onPostgres = databaseProvider(options.databaseUrl) === 'postgresql'
  const file = onPostgres ? '' : databaseFilePath(options.databaseUrl)
  const baseline: Baseline = onPostgres ? await readPostgresBaseline(options.databaseUrl) : readBaseline(file)
  const { processes, writersPerProcess: perProcess, savesPerWriter: saves } = options
  const started = Array.from({ length: processes }, (_, p) => startWriters(options.databaseUrl, p * perProcess, perProcess, saves))
  let outcomes: SaveOutcome[]
  let seconds: number
  try {
    await Promise.all(started.map((w) => w.ready))
    const t0 = performance.now()
    // All at once, so that the processes really contend for SQLite's lock.
    for (const { child } of started) child.stdin?.end('go\n')
    outcomes = (await Promise.all(started.map((w) => w.outcomes))).flat()
    seconds = (performance.now() - t0) / 1000
  } catch (error) {
    for (const writer of started) {
      writer.outcomes.catch(() => {}) // the first failure is the one reported
      if (writer.child.exitCode === null) writer.child.kill()
    }
    throw error
  }
  const errors = outcomes.filter((o) => o.result === 'error').map((o) => `writer ${o.writer}: ${o.error}`)
  const result = onPostgres
    ? judge(baseline, outcomes, await readPostgresState(options.databaseUrl, baseline))
    : verify(file, baseline, outcomes)
  return { ...result, errors, seconds }
}

/** The one line `npm run concurrency` prints. */
export function summary(report: ConcurrencyReport, writers: number, processes: number): string {
  const last = report.lastAccepted
  return (
    `${report.attempts} saves by ${writers} writers in ${processes} processes: ${report.accepted} accepted + ${report.refused} refused` +
    ` = ${report.accepted + report.refused}, ${report.errors.length} errors, ${report.lostUpdates} lost updates;` +
    ` final value ${report.finalValue} (version ${report.finalVersion})${last && last.value === report.finalValue ? ' = last accepted' : ` ≠ last accepted ${last?.value}`};` +
    ` ${report.seconds.toFixed(1)} s`
  )
}
