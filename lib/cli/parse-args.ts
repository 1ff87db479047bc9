import { CliError } from './cli-error'

export interface ParsedArgs {
  /** The first word that is not a flag, e.g. "create-user"; null when there is none. */
  command: string | null
  /** `--name value` and `--name=value`, by name without the dashes. */
  flags: Record<string, string>
  json: boolean
  help: boolean
}

const FROM_STDIN = 'the password is read from standard input, never from an argument'

/**
 * Splits argv into a command, its flags and the --json/--help switches. Errors never repeat a
 * value from the command line: a misplaced password must not end up in a terminal log.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { command: null, flags: {}, json: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') parsed.json = true
    else if (arg === '--help' || arg === '-h') parsed.help = true
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = arg.slice(2, eq === -1 ? undefined : eq)
      if (!/^[a-z][a-z-]*$/.test(name)) throw new CliError('A flag name is malformed; flags look like --email.')
      if (name === 'password' || name.startsWith('pass')) throw new CliError(`--${name} is not accepted: ${FROM_STDIN}.`)
      if (Object.hasOwn(parsed.flags, name)) throw new CliError(`--${name} is given twice.`)
      let value: string | undefined
      if (eq !== -1) value = arg.slice(eq + 1)
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i]
      if (value === undefined) throw new CliError(`--${name} needs a value.`)
      parsed.flags[name] = value
    } else if (arg.startsWith('-')) {
      throw new CliError('Unknown short option; flags are spelled out, e.g. --email.')
    } else if (parsed.command === null) {
      parsed.command = arg
    } else {
      throw new CliError(`Unexpected extra argument: values follow their --flag, and ${FROM_STDIN}.`)
    }
  }
  return parsed
}

/** Refuses flags the command does not take and names the first required one missing. */
export function checkFlags(
  command: string,
  flags: Record<string, string>,
  spec: { required: readonly string[]; optional: readonly string[] },
): void {
  const known = new Set([...spec.required, ...spec.optional])
  const unknown = Object.keys(flags).find((name) => !known.has(name))
  if (unknown) throw new CliError(`${command} does not take --${unknown}.`)
  const missing = spec.required.find((name) => !flags[name]?.trim())
  if (missing) throw new CliError(`${command} needs --${missing}.`)
}
