import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

/** The production server as `npm start` runs it, on its own database, so the fault test can kill it. */
export interface ServerHandle {
  baseUrl: string
  child: ChildProcess
  exited: Promise<void>
  /** The last lines it wrote to stderr, for a failure message. */
  stderr: () => string
}

const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name)

export function assertBuilt(): void {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    throw new Error('No production build in .next: run `npx next build` first. The fault test kills the real production server.')
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Runs a repository script with tsx against the database; returns its standard output. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync(bin('tsx'), [script, ...args], {
    env: { ...env, CHECKPOINT_DISABLE: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/**
 * Starts `next start` in its own process group (so SIGKILL reaches every process it forks) and
 * waits until /api/health answers.
 */
export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ServerHandle> {
  const child = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited at start (code ${child.exitCode}):\n${log}`)
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, child, exited, stderr: () => log }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  killServer({ baseUrl, child, exited, stderr: () => log })
  throw new Error(`the server did not answer on ${baseUrl} within 90 s:\n${log}`)
}

/** kill -9 of the server's process group: no shutdown code runs, as in a crash or an OOM kill. */
export function killServer(server: ServerHandle): Promise<void> {
  if (server.child.pid !== undefined && server.child.exitCode === null) {
    try {
      process.kill(-server.child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  return server.exited
}
