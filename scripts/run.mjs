import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** Runs a binary from node_modules/.bin, inheriting output; exits the process if it fails. */
export function run(bin, args, env = {}) {
  const file = path.join(process.cwd(), 'node_modules', '.bin', bin)
  const result = spawnSync(file, args, {
    stdio: 'inherit',
    env: { ...process.env, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1', ...env },
  })
  if (result.status !== 0) {
    console.error(`\n${bin} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
}
