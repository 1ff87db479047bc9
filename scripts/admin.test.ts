import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { verify } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { createTempDatabase } from '@/tooling/db/temp-database'

// The real command, as `npm run admin` starts it, against a throwaway migrated database. No
// APP_SECRET is passed, so the command has to create the secret file beside the database itself.
const temp = createTempDatabase('admin-cli')
const { dir, file } = temp
const env = { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: '1', APP_SECRET: '' }
delete (env as Record<string, string | undefined>).APP_SECRET
const PASSWORD = 'correct horse battery staple 9'
const ACTOR = `cli:${os.userInfo().username}`

function admin(args: string[], stdin = '', extraEnv: Record<string, string> = {}) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/admin.ts', ...args], {
    input: stdin,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function rows<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}

const counts = () =>
  rows<{ users: number; teams: number; audit: number }>(
    'SELECT (SELECT count(*) FROM User) AS users, (SELECT count(*) FROM Team) AS teams, (SELECT count(*) FROM AuditEvent) AS audit',
  )[0]

afterAll(() => temp.remove())

describe('npm run admin', () => {
  it('creates an admin from a password on standard input, audits it, and prints one line', () => {
    const { code, stdout, stderr } = admin(
      ['create-user', '--email', 'Root@Example.test', '--role', 'admin', '--name', 'Rita Root'],
      `${PASSWORD}\nignored second line\n`,
    )
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toBe('Created root@example.test (Rita Root) as Admin.\n')
    expect(existsSync(path.join(dir, 'app-secret.key'))).toBe(true)

    const [user] = rows<{ id: string; role: string; passwordHash: string }>(
      'SELECT id, role, passwordHash FROM User WHERE email = ?',
      'root@example.test',
    )
    expect(user.role).toBe('admin')
    const [event] = rows<{ actor: string; action: string; entityId: string; after: string }>(
      "SELECT actor, action, entityId, after FROM AuditEvent WHERE action = 'user.create'",
    )
    expect(event).toMatchObject({ actor: ACTOR, entityId: user.id })
    expect(JSON.parse(event.after)).toEqual({ email: 'root@example.test', name: 'Rita Root', role: 'admin', categories: [] })
    expect(event.after).not.toContain(PASSWORD)
  })

  it('stores exactly the first line as the password, so that person can sign in with it', async () => {
    const [{ passwordHash }] = rows<{ passwordHash: string }>('SELECT passwordHash FROM User WHERE email = ?', 'root@example.test')
    expect(await verify(passwordHash, PASSWORD)).toBe(true)
    expect(await verify(passwordHash, `${PASSWORD}\nignored second line`)).toBe(false)
  })

  it('creates a category owner and prints JSON with --json, without any secret in it', () => {
    const { code, stdout } = admin(
      ['create-user', '--email', 'hr@example.test', '--role', 'owner', '--categories', 'talent, security', '--json'],
      `${PASSWORD}\n`,
    )
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(1)
    const user = JSON.parse(stdout)
    expect(user).toMatchObject({ email: 'hr@example.test', name: 'hr', role: 'owner', categories: ['security', 'talent'], disabled: false })
    expect(Object.keys(user).sort()).toEqual(['categories', 'createdAt', 'disabled', 'email', 'id', 'name', 'role'])
    expect(stdout).not.toContain(PASSWORD)
  })

  it.each([
    [
      'an unknown command',
      ['promote'],
      '',
      'Error: Unknown command. Use one of: create-user, disable-user, enable-user, list-users, create-team, list-teams',
    ],
    [
      'no command',
      [],
      '',
      'Error: No command given. Use one of: create-user, disable-user, enable-user, list-users, create-team, list-teams',
    ],
    ['a missing flag', ['create-user', '--email', 'x@example.test'], PASSWORD, 'Error: create-user needs --role.'],
    [
      'a bad role',
      ['create-user', '--email', 'x@example.test', '--role', 'root'],
      PASSWORD,
      'Error: --role: use one of admin, editor, owner, viewer.',
    ],
    [
      'a duplicate email',
      ['create-user', '--email', 'HR@example.test', '--role', 'viewer'],
      PASSWORD,
      'Error: --email: A user with this email already exists.',
    ],
    [
      'a weak password',
      ['create-user', '--email', 'x@example.test', '--role', 'viewer'],
      'password1\n',
      'Error: password (from standard input): This password is too common; choose another.',
    ],
    [
      'a short password',
      ['create-user', '--email', 'x@example.test', '--role', 'viewer'],
      'short\n',
      'Error: password (from standard input): Use at least 8 characters.',
    ],
    ['no password at all', ['create-user', '--email', 'x@example.test', '--role', 'viewer'], '', 'Error: No password on standard input.'],
    [
      'an owner without categories',
      ['create-user', '--email', 'x@example.test', '--role', 'owner'],
      PASSWORD,
      'Error: --categories: A category owner needs at least one category.',
    ],
    [
      'an unknown category',
      ['create-user', '--email', 'x@example.test', '--role', 'owner', '--categories', 'payroll'],
      PASSWORD,
      'Error: --categories: "payroll" is not a category',
    ],
    [
      'a flag the command does not take',
      ['create-team', '--name', 'Ops', '--email', 'x@example.test'],
      '',
      'Error: create-team does not take --email.',
    ],
    ['a reserved slug', ['create-team', '--name', 'Org', '--slug', 'org'], '', 'Error: --slug: “org” is reserved'],
    ['an unknown user', ['disable-user', '--email', 'nobody@example.test'], '', 'Error: --email: No user has this email address.'],
    ['the last active admin', ['disable-user', '--email', 'root@example.test'], '', 'Error: The last active admin cannot be disabled.'],
  ])('refuses %s with one line on stderr, exit code 1, and writes nothing', (_what, args, stdin, message) => {
    const before = counts()
    const { code, stdout, stderr } = admin(args, stdin)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.startsWith(message)).toBe(true)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(counts()).toEqual(before)
  })

  it('never takes the password from an argument, and never repeats one given there', () => {
    const before = counts()
    for (const args of [
      ['create-user', '--email', 'x@example.test', '--role', 'viewer', '--password', 'Sw0rdfish-in-argv'],
      ['create-user', '--email', 'x@example.test', '--role', 'viewer', '--password=Sw0rdfish-in-argv'],
      ['create-user', '--email', 'x@example.test', '--role', 'viewer', 'Sw0rdfish-in-argv'],
    ]) {
      const { code, stdout, stderr } = admin(args, `${PASSWORD}\n`)
      expect(code).toBe(1)
      expect(stderr).toMatch(/the password is read from standard input, never from an argument/)
      expect(stdout + stderr).not.toContain('Sw0rdfish')
    }
    expect(counts()).toEqual(before)
  })

  it('refuses to run on a database that does not exist, rather than creating an empty one', () => {
    const missing = path.join(dir, 'missing', 'none.db')
    const { code, stderr } = admin(['list-users'], '', { DATABASE_URL: `file:${missing}` })
    expect(code).toBe(1)
    expect(stderr).toMatch(/^Error: No database at .*none\.db: run `npm start`/)
    expect(existsSync(missing)).toBe(false)
  })

  it('disables a user at once: their sessions end, and the change is audited', () => {
    const [hr] = rows<{ id: string }>('SELECT id FROM User WHERE email = ?', 'hr@example.test')
    const db = new Database(file)
    db.prepare("INSERT INTO Session (id, tokenHash, userId, expiresAt) VALUES ('s1', 'h1', ?, ?)").run(hr.id, Date.now() + 3_600_000)
    db.close()

    const { code, stdout } = admin(['disable-user', '--email', 'hr@example.test'])
    expect(code).toBe(0)
    expect(stdout).toBe('Disabled hr@example.test (Category owner of Security posture and Talent retention); their sessions were ended.\n')
    expect(rows('SELECT id FROM Session WHERE userId = ?', hr.id)).toEqual([])
    expect(rows("SELECT actor, action FROM AuditEvent WHERE entityId = ? AND action = 'user.disable'", hr.id)).toEqual([
      { actor: ACTOR, action: 'user.disable' },
    ])

    const again = admin(['disable-user', '--email', 'hr@example.test', '--json'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ email: 'hr@example.test', disabled: true, changed: false })
  })

  it('creates a team with a derived slug and audits it', () => {
    const { code, stdout } = admin(['create-team', '--name', 'Data Platform'])
    expect(code).toBe(0)
    expect(stdout).toBe('Created team Data Platform (data-platform).\n')
    const json = admin(['create-team', '--name', 'Payments', '--slug', 'pay', '--json'])
    expect(JSON.parse(json.stdout)).toMatchObject({ name: 'Payments', slug: 'pay', archived: false })
    expect(rows("SELECT actor, after FROM AuditEvent WHERE action = 'team.create' ORDER BY id")).toEqual([
      { actor: ACTOR, after: JSON.stringify({ name: 'Data Platform', slug: 'data-platform' }) },
      { actor: ACTOR, after: JSON.stringify({ name: 'Payments', slug: 'pay' }) },
    ])
    const dup = admin(['create-team', '--name', 'Data platform'])
    expect(dup).toMatchObject({ code: 1, stdout: '' })
    // Names that differ only in case or spacing clash before their derived slugs do.
    expect(dup.stderr).toMatch(/^Error: --name: A team called “Data Platform” already exists/)
    const slugDup = admin(['create-team', '--name', 'Data Warehouse', '--slug', 'data-platform'])
    expect(slugDup).toMatchObject({ code: 1, stdout: '' })
    expect(slugDup.stderr).toMatch(/^Error: --slug: “data-platform” is already used by the team Data Platform/)
  })

  it('lists users and teams, one line each or as JSON', () => {
    expect(admin(['list-users']).stdout).toBe(
      'hr@example.test\tCategory owner of Security posture and Talent retention\tdisabled\thr\nroot@example.test\tAdmin\tactive\tRita Root\n',
    )
    const users = JSON.parse(admin(['list-users', '--json']).stdout) as { email: string; disabled: boolean }[]
    expect(users.map((u) => [u.email, u.disabled])).toEqual([
      ['hr@example.test', true],
      ['root@example.test', false],
    ])
    expect(admin(['list-teams']).stdout).toBe('data-platform\tData Platform\tactive\npay\tPayments\tactive\n')
    expect(JSON.parse(admin(['list-teams', '--json']).stdout)).toHaveLength(2)
  })

  it('prints usage with --help, for all commands or one', () => {
    const all = admin(['--help'])
    expect(all.code).toBe(0)
    for (const command of ['create-user', 'disable-user', 'list-users', 'create-team', 'list-teams'])
      expect(all.stdout).toContain(`  ${command}`)
    expect(admin(['create-team', '--help']).stdout).toMatch(/^Usage: npm run admin -- create-team --name N \[--slug S\]/)
  })

  it('corrects an event by id and deletes one, each audited; an unknown id or kind is refused', () => {
    const deployment = '{"id":"cli-d-1","deployedAt":"2026-07-01T10:00:00Z","commits":[]}'
    expect(admin(['correct-event', '--kind', 'deployment', '--item', deployment])).toMatchObject({
      code: 0,
      stdout: 'Created deployment cli-d-1.\n',
    })
    const moved = deployment.replace('2026-07-01', '2026-08-01')
    expect(admin(['correct-event', '--kind', 'deployment', '--item', moved])).toMatchObject({
      code: 0,
      stdout: 'Corrected deployment cli-d-1.\n',
    })
    expect(rows<{ deployedAt: string }>('SELECT deployedAt FROM Deployment WHERE externalId = ?', 'cli-d-1')[0].deployedAt).toMatch(
      /^2026-08-01T10:00/,
    )
    expect(admin(['correct-event', '--kind', 'deployment', '--item', deployment.replace('2026-07-01', '9999-12-31')])).toMatchObject({
      code: 1,
      stdout: '',
    })

    expect(admin(['delete-event', '--kind', 'incident', '--id', 'cli-d-1'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No incident has the id "cli-d-1".'),
    })
    expect(admin(['delete-event', '--kind', 'build', '--id', 'cli-d-1'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--kind must be one of: deployment, incident.'),
    })
    expect(admin(['delete-event', '--kind', 'deployment', '--id', 'cli-d-1'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Deleted deployment cli-d-1; 1 scope-quarters will be recomputed/),
    })
    expect(rows('SELECT id FROM Deployment WHERE externalId = ?', 'cli-d-1')).toEqual([])
    expect(rows<{ actor: string }>("SELECT actor FROM AuditEvent WHERE action = 'events.deployment.delete'")).toEqual([{ actor: ACTOR }])
  })
})
