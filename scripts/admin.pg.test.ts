import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempPostgres, type TempPostgres } from '@/tooling/db/temp-postgres'

// The real command, as `npm run admin` starts it, against a throwaway migrated PostgreSQL database:
// there is no database file to look for, only the server (the browser suite on PostgreSQL makes its
// tokens this way).
let temp: TempPostgres
const APP_SECRET = randomBytes(48).toString('base64url')

function admin(args: string[], url: string) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/admin.ts', ...args], {
    env: { ...process.env, DATABASE_URL: url, APP_SECRET, CHECKPOINT_DISABLE: '1' },
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(async () => {
  temp = await createTempPostgres('admin_cli')
})

afterAll(async () => {
  await temp?.remove()
})

describe('npm run admin on PostgreSQL', () => {
  it('creates an API token in the database that DATABASE_URL names', async () => {
    const { code, stdout, stderr } = admin(['create-token', '--scope', 'ingest', '--name', 'ci', '--json'], temp.url)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const { token } = JSON.parse(stdout) as { token: string }
    const client = new pg.Client({ connectionString: temp.url })
    await client.connect()
    try {
      const { rows } = await client.query<{ name: string; prefix: string }>('SELECT "name", "prefix" FROM "ApiToken"')
      expect(rows).toHaveLength(1)
      expect(rows[0].name).toBe('ci')
      expect(token.startsWith(rows[0].prefix)).toBe(true)
    } finally {
      await client.end()
    }
  })

  it('says why, in one line, when the database it names does not exist', () => {
    const missing = new URL(temp.url)
    missing.pathname = '/no_such_database'
    const { code, stdout, stderr } = admin(['list-users'], missing.toString())
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
    expect(stderr.trim()).toBe('Error: unexpected failure: Database `no_such_database` does not exist on the database server')
  })
})
