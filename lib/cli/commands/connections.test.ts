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
  temp = createTempDatabase('cli-connections')
  env = { ...process.env, DATABASE_URL: temp.url, CHECKPOINT_DISABLE: '1' }
  delete env.APP_SECRET
}, 120_000)

afterAll(() => temp?.remove())

describe('connection commands', () => {
  let id = ''

  it('create-connection prints the id and webhook path, then the secret alone on the last line; only ciphertext is stored', () => {
    const { code, stdout, stderr } = admin(['create-connection', '--provider', 'github', '--name', 'acme org'])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    const [first, secret] = lines
    id = first.split('\t')[0]
    expect(first).toBe(`${id}\t/api/v1/webhooks/github/${id}`)
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    const db = new Database(temp.file, { readonly: true })
    const row = db.prepare('SELECT provider, name, secretEncrypted FROM Connection WHERE id = ?').get(id) as { secretEncrypted: string }
    db.close()
    expect(row).toMatchObject({ provider: 'github', name: 'acme org' })
    expect(row.secretEncrypted).toMatch(/^v1\./)
    expect(row.secretEncrypted).not.toContain(secret)
  })

  it('takes a typed secret, refuses an unknown provider, and answers --json', () => {
    const typed = admin([
      'create-connection',
      '--provider',
      'pagerduty',
      '--name',
      'on-call',
      '--secret',
      'pd-secret-from-pagerduty-123',
      '--json',
    ])
    expect(JSON.parse(typed.stdout)).toMatchObject({
      provider: 'pagerduty',
      secret: 'pd-secret-from-pagerduty-123',
      webhookPath: expect.stringMatching(/^\/api\/v1\/webhooks\/pagerduty\//),
    })
    expect(admin(['create-connection', '--provider', 'bitbucket', '--name', 'x'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'Error: --provider: Choose github, gitlab or pagerduty.\n',
    })
  })

  it('map-source maps to a team by slug and refuses an unknown team or connection', () => {
    expect(admin(['create-team', '--name', 'Platform']).code).toBe(0)
    expect(admin(['map-source', '--connection', id, '--source', 'acme/api', '--team', 'platform'])).toMatchObject({
      code: 0,
      stdout: 'acme/api → platform\n',
    })
    expect(admin(['map-source', '--connection', id, '--source', 'acme/api', '--team', 'nosuch'])).toMatchObject({
      code: 1,
      stderr: 'Error: --team: No team has the slug "nosuch".\n',
    })
    expect(admin(['map-source', '--connection', 'nosuch', '--source', 'acme/api', '--team', 'platform'])).toMatchObject({
      code: 1,
      stderr: 'Error: --connection: No connection has this id.\n',
    })
  })

  it('list-connections shows both without secrets; list-deliveries starts empty', () => {
    const listed = admin(['list-connections'])
    expect(listed.stdout.trim().split('\n')).toHaveLength(2)
    expect(listed.stdout).toContain(`${id}\tgithub\tactive\t/api/v1/webhooks/github/${id}\tacme org`)
    const json = JSON.parse(admin(['list-connections', '--json']).stdout) as {
      id: string
      mappings: unknown[]
      rules: { productionEnvironments: string[] }
    }[]
    expect(json.find((c) => c.id === id)).toMatchObject({
      mappings: [{ source: 'acme/api', team: 'platform' }],
      rules: { productionEnvironments: ['production', 'prod'] },
    })
    expect(JSON.stringify(json)).not.toContain('pd-secret-from-pagerduty-123')
    expect(admin(['list-deliveries', '--connection', id]).stdout).toBe('No deliveries yet.\n')
    expect(JSON.parse(admin(['list-deliveries', '--connection', id, '--json']).stdout)).toEqual([])
  })

  it('list-deliveries says how many deliveries are queued, and lists them as queued', () => {
    const db = new Database(temp.file)
    const insert = db.prepare(
      "INSERT INTO Delivery (connectionId, receivedAt, eventType, outcome, reason, plan) VALUES (?, '2026-12-03T16:00:00.000+00:00', 'push', ?, ?, ?)",
    )
    insert.run(id, 'stored', '1 of 1 commits to main stored', null)
    insert.run(id, 'queued', 'waiting to be applied', '{"kind":"push"}')
    db.close()
    const lines = admin(['list-deliveries', '--connection', id]).stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('1 queued (stored, waiting for the server to apply them)')
    expect(lines.slice(1).map((l) => l.split('\t')[2])).toEqual(['queued', 'stored'])
  })
})
