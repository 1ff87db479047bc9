import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/**
 * Node's own flags for the server, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"
 * to profile a bench run (Node refuses --cpu-prof in NODE_OPTIONS).
 */
const NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)

/** Starts the production build on a port against a given database and waits until it answers. */
export async function startServer(port: number, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next')
  const child = spawn(process.execPath, [...NODE_ARGS, next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`)
      if (res.ok) return child
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  child.kill('SIGKILL')
  throw new Error(`server on port ${port} did not start`)
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
