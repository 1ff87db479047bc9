import { spawnSync } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '@/tooling/db/temp-database'

// The real `npm run admin` entry point against a throwaway database, with the secret file beside it.
let temp: TempDatabase
let env: NodeJS.ProcessEnv

function admin(args: string[]) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/admin.ts', ...args], { env, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  temp = createTempDatabase('cli-tokens')
  env = { ...process.env, DATABASE_URL: temp.url, CHECKPOINT_DISABLE: '1' }
  delete env.APP_SECRET
}, 120_000)

afterAll(() => temp?.remove())

describe('token commands', () => {
  it('create-token prints the token alone on one line, and only its hash is stored', () => {
    const { code, stdout, stderr } = admin(['create-token', '--scope', 'ingest', '--name', 'GitHub deploys'])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toMatch(/^cto_[A-Za-z0-9_-]{43}\n$/)
    const db = new Database(temp.file, { readonly: true })
    const rows = db.prepare('SELECT name, scope, prefix, tokenHash, createdBy FROM ApiToken').all() as {
      prefix: string
      tokenHash: string
    }[]
    db.close()
    expect(rows).toEqual([
      expect.objectContaining({
        name: 'GitHub deploys',
        scope: 'ingest',
        prefix: stdout.slice(0, 12),
        createdBy: expect.stringMatching(/^cli:/),
      }),
    ])
    expect(rows[0].tokenHash).not.toContain(stdout.trim())
  })

  it('create-token --json gives the token with its id and prefix; a bad scope is refused on stderr', () => {
    const { code, stdout } = admin(['create-token', '--scope', 'read', '--name', 'Dashboard', '--json'])
    expect(code).toBe(0)
    const json = JSON.parse(stdout) as { token: string; prefix: string; scope: string }
    expect(json).toMatchObject({ scope: 'read', name: 'Dashboard', prefix: json.token.slice(0, 12) })
    expect(admin(['create-token', '--scope', 'write', '--name', 'x'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'Error: --scope: Choose ingest or read.\n',
    })
  })

  it('list-tokens lists them, revoke-token revokes by prefix, and a second revoke changes nothing', () => {
    const listed = admin(['list-tokens']).stdout.trim().split('\n')
    expect(listed).toHaveLength(2)
    const dashboard = listed.find((l) => l.endsWith('\tDashboard'))?.split('\t') ?? []
    expect(dashboard.slice(1, 4)).toEqual(['read', 'active', 'never used'])
    const prefix = dashboard[0].replace('…', '')
    expect(admin(['revoke-token', '--id', prefix]).stdout).toBe(`Revoked ${prefix}… (Dashboard); requests with it now get 401.\n`)
    expect(admin(['revoke-token', '--id', prefix]).stdout).toContain('was already revoked; nothing changed.')
    expect(admin(['list-tokens']).stdout).toContain(`${prefix}…\tread\trevoked`)
    expect(admin(['revoke-token', '--id', 'cto_nosuch00'])).toMatchObject({
      code: 1,
      stderr: 'Error: --id: No token has this id or prefix.\n',
    })
  })
})
