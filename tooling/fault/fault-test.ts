import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeBatch, sendBatch, type SentBatch } from './fault-batches'
import { checkDatabase } from './fault-checks'
import { assertBuilt, freePort, killServer, runScript, startServer } from './fault-server'

export interface FaultTestOptions {
  rounds: number
  senders: number
  batchSize: number
  log: (line: string) => void
}

export interface FaultTestReport {
  rounds: number
  batches: number
  acknowledged: number
  unknown: number
  refused: number
  /** Unknown batches found stored whole after the kills (committed, but the answer was lost). */
  storedBatches: number
  integrity: string
  problems: string[]
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Faults: ingest into the production server from several senders at once, kill it with
 * SIGKILL at a random moment, restart it, and go on, `rounds` times. Then resend half of the batches
 * whose answer was lost (a client's retry) and some acknowledged ones (a duplicate delivery), and
 * check the database file (see checkDatabase). Needs a prior `next build`.
 */
export async function runFaultTest(options: FaultTestOptions): Promise<FaultTestReport> {
  assertBuilt()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fault-test-'))
  const file = path.join(dir, 'fault.db')
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${file}`, DEMO_DATA: '0' }
  try {
    runScript('scripts/prepare-db.ts', [], env)
    runScript('scripts/admin.ts', ['create-team', '--name', 'Fault team', '--slug', 'fault-team'], env)
    const token = (
      JSON.parse(runScript('scripts/admin.ts', ['create-token', '--scope', 'ingest', '--name', 'fault test', '--json'], env)) as {
        token: string
      }
    ).token
    const port = await freePort()
    const batches: SentBatch[] = []

    for (let round = 1; round <= options.rounds; round++) {
      const server = await startServer(env, port)
      await warmUp(server.baseUrl, token)
      let killed = false
      let acknowledgedThisRound = 0
      const senders = Array.from({ length: options.senders }, async () => {
        while (!killed) {
          const batch = makeBatch(batches.length, options.batchSize)
          batches.push(batch)
          batch.outcome = await sendBatch(server.baseUrl, token, batch)
          if (batch.outcome === 'ok') acknowledgedThisRound++
        }
      })
      // A random moment once ingest is flowing, so some batches are acknowledged and others cut off.
      const deadline = Date.now() + 20_000
      while (acknowledgedThisRound === 0 && Date.now() < deadline) await sleep(10)
      await sleep(Math.random() * 800)
      killed = true
      await killServer(server)
      await Promise.all(senders)
      const counts = tally(batches)
      options.log(
        `round ${round}: killed the server with SIGKILL; ${batches.length} batches so far, ${counts.ok} acknowledged, ${counts.unknown} unanswered`,
      )
    }

    const server = await startServer(env, port)
    const retried = batches.filter((b) => b.outcome === 'unknown' && b.index % 2 === 0)
    const duplicates = batches.filter((b) => b.outcome === 'ok').slice(0, 3)
    const problems: string[] = []
    for (const batch of retried) batch.outcome = await sendBatch(server.baseUrl, token, batch)
    for (const batch of duplicates) {
      const outcome = await sendBatch(server.baseUrl, token, batch)
      const want = `"accepted":${batch.items.length},"created":0,"updated":0,"unchanged":${batch.items.length}`
      if (outcome !== 'ok' || !batch.answer?.includes(want))
        problems.push(`resending acknowledged batch ${batch.index} answered ${batch.answer}`)
    }
    options.log(`after restart: resent ${retried.length} unanswered batches and ${duplicates.length} acknowledged ones`)
    await killServer(server)

    const checked = checkDatabase(file, batches)
    const counts = tally(batches)
    return {
      rounds: options.rounds,
      batches: batches.length,
      acknowledged: counts.ok,
      unknown: counts.unknown,
      refused: counts.refused,
      storedBatches: checked.stored,
      integrity: checked.integrity,
      problems: [
        ...problems,
        ...checked.problems,
        ...batches.filter((b) => b.outcome === 'refused').map((b) => `batch ${b.index} refused: ${b.answer}`),
      ],
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The first requests load the ingest code; done before the clock starts so kills land mid-ingest. */
async function warmUp(baseUrl: string, token: string): Promise<void> {
  for (const kind of ['deployments', 'incidents']) {
    const res = await fetch(`${baseUrl}/api/v1/${kind}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '[]' })
    if (res.status !== 200) throw new Error(`warm-up ${kind}: ${res.status} ${await res.text()}`)
  }
}

function tally(batches: readonly SentBatch[]) {
  const count = (o: SentBatch['outcome']) => batches.filter((b) => b.outcome === o).length
  return { ok: count('ok'), unknown: count('unknown'), refused: count('refused') }
}
