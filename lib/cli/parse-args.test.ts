import { describe, expect, it } from 'vitest'
import { CliError } from './cli-error'
import { checkFlags, parseArgs } from './parse-args'

describe('parseArgs', () => {
  it('reads the command, flags in both spellings, and the switches', () => {
    expect(parseArgs(['create-user', '--email', 'a@b.test', '--role=owner', '--categories', 'talent,security', '--json'])).toEqual({
      command: 'create-user',
      flags: { email: 'a@b.test', role: 'owner', categories: 'talent,security' },
      json: true,
      help: false,
    })
    expect(parseArgs(['--help'])).toEqual({ command: null, flags: {}, json: false, help: true })
    expect(parseArgs(['list-users', '-h']).help).toBe(true)
  })

  it('keeps a value with spaces or an equals sign whole', () => {
    expect(parseArgs(['create-team', '--name', 'Data & Platform = EU']).flags).toEqual({ name: 'Data & Platform = EU' })
    expect(parseArgs(['create-team', '--name=a=b']).flags).toEqual({ name: 'a=b' })
    expect(parseArgs(['create-team', '--name=']).flags).toEqual({ name: '' })
  })

  it.each([
    [['create-user', '--email'], '--email needs a value.'],
    [['create-user', '--email', '--role', 'viewer'], '--email needs a value.'],
    [['create-user', '--email', 'a@b.test', '--email', 'c@d.test'], '--email is given twice.'],
    [['create-user', '-e', 'a@b.test'], 'Unknown short option; flags are spelled out, e.g. --email.'],
    [['create-user', '--Email', 'x'], 'A flag name is malformed; flags look like --email.'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new CliError(message))
  })

  it.each([
    ['--password', 'hunter2 horse battery'],
    ['--password=hunter2 horse battery', undefined],
    ['--pass', 'hunter2 horse battery'],
  ])('refuses %s without repeating the password it was given', (flag, value) => {
    const argv = ['create-user', '--email', 'a@b.test', flag, ...(value ? [value] : [])]
    expect(() => parseArgs(argv)).toThrow(/is not accepted: the password is read from standard input, never from an argument/)
    try {
      parseArgs(argv)
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2')
    }
  })

  it('refuses a stray word (a password typed in the wrong place) without echoing it', () => {
    const run = () => parseArgs(['create-user', '--email', 'a@b.test', '--role', 'viewer', 'hunter2horse'])
    expect(run).toThrow(/Unexpected extra argument/)
    expect(run).not.toThrow(/hunter2/)
  })
})

describe('checkFlags', () => {
  const spec = { required: ['email', 'role'], optional: ['name'] }

  it('accepts the required and optional flags', () => {
    expect(() => checkFlags('create-user', { email: 'a', role: 'b', name: 'c' }, spec)).not.toThrow()
  })

  it('names a flag the command does not take, and the first one missing', () => {
    expect(() => checkFlags('create-user', { email: 'a', role: 'b', slug: 'x' }, spec)).toThrow(
      new CliError('create-user does not take --slug.'),
    )
    expect(() => checkFlags('create-user', { email: 'a' }, spec)).toThrow(new CliError('create-user needs --role.'))
    expect(() => checkFlags('create-user', { email: '  ', role: 'viewer' }, spec)).toThrow(new CliError('create-user needs --email.'))
  })
})
