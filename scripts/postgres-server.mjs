// A throwaway PostgreSQL server for the test run (scripts/test-all.mjs): Debian's binaries, a
// temporary data folder owned by the postgres user (initdb refuses to run as root), trust auth on
// 127.0.0.1 only. start() returns its URL and a stop(); it throws, saying why, when it cannot start.
import { spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

function binDir() {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const found = versions.map((v) => path.join(root, v, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')))
  if (!found) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)')
  return found
}

function asPostgres(command, args) {
  const asRoot = process.getuid?.() === 0
  const result = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${path.basename(command)} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`)
}

/**
 * A throwaway server in a temporary data folder. Tests run it with fsync off (nothing there needs to
 * survive a crash, and it is faster); the benchmarks ask for `durable`, so that a commit waits for
 * the disk as a production server's does and the timings compare fairly with SQLite's.
 */
export function startPostgres({ durable = false } = {}) {
  const bin = binDir()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scorecard-pg-'))
  if (process.getuid?.() === 0) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
    if (id.status !== 0) throw new Error('there is no postgres user to run PostgreSQL as')
    const uid = Number(id.stdout.trim())
    chownSync(dir, uid, uid)
  }
  const port = 55_000 + Math.floor(Math.random() * 4_000)
  const data = path.join(dir, 'data')
  asPostgres(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--locale=C.UTF-8', '-E', 'UTF8'])
  asPostgres(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}${durable ? '' : ' -c fsync=off'}`,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ])
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
