import { CliError } from './cli-error'
import type { CliCommand } from './command'
import { CONNECTION_COMMANDS } from './commands/connections'
import { createUserCommand } from './commands/create-user'
import { correctEventCommand, deleteEventCommand } from './commands/events'
import { listUsersCommand } from './commands/list-users'
import { disableUserCommand, enableUserCommand } from './commands/set-user-disabled'
import { createTeamCommand, listTeamsCommand } from './commands/teams'
import { createTokenCommand, listTokensCommand, revokeTokenCommand } from './commands/tokens'
import { checkFlags, parseArgs } from './parse-args'

export const COMMANDS: readonly CliCommand[] = [
  createUserCommand,
  disableUserCommand,
  enableUserCommand,
  listUsersCommand,
  createTeamCommand,
  listTeamsCommand,
  createTokenCommand,
  revokeTokenCommand,
  listTokensCommand,
  deleteEventCommand,
  correctEventCommand,
  ...CONNECTION_COMMANDS,
]

/** What the command line talks to; scripts/admin.ts passes the real process, tests their own. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  actor: () => string
  readPassword: () => Promise<string | null>
  /** Runs once a command is known to be valid, before it touches the database (checks it, ensures the secret). */
  prepare: () => Promise<void>
}

export function usage(): string {
  return [
    'Usage: npm run admin -- <command> [flags] [--json]',
    '',
    'Commands:',
    ...COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    'The password of create-user is the first line of standard input (typed without echo on a terminal);',
    'it is never taken from an argument. Each result is printed as one line, or as JSON with --json.',
    'Uses the database of DATABASE_URL (default file:./data/app.db). Errors go to stderr with exit code 1.',
    "`npm run -s admin -- …` leaves out npm's own header lines, e.g. when a script reads the --json output.",
  ].join('\n')
}

/**
 * One line of an unexpected error: its first. Prisma's messages open with a blank line and the call
 * that failed, and end with the reason ("Can't reach database server at …", "Database … does not
 * exist"), which is the line a person can act on.
 */
export function reasonOf(message: string): string {
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  const prisma = lines[0]?.startsWith('Invalid `prisma.')
  return (prisma ? lines[lines.length - 1] : lines[0]) ?? 'no reason given'
}

/** Runs one command line; returns the exit code. Refusals print one line on stderr and write nothing. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv)
    if (args.help) {
      const command = COMMANDS.find((c) => c.name === args.command)
      io.out(command ? `Usage: npm run admin -- ${command.usage} [--json]\n${command.summary}` : usage())
      return 0
    }
    if (args.command === null)
      throw new CliError(`No command given. Use one of: ${COMMANDS.map((c) => c.name).join(', ')} (--help shows usage).`)
    const command = COMMANDS.find((c) => c.name === args.command)
    // The unknown word is not repeated: it could be a password typed in the wrong place.
    if (!command) throw new CliError(`Unknown command. Use one of: ${COMMANDS.map((c) => c.name).join(', ')} (--help shows usage).`)
    checkFlags(command.name, args.flags, command.flags)
    await io.prepare()
    const output = await command.run({ flags: args.flags, actor: io.actor(), readPassword: io.readPassword })
    io.out(args.json ? JSON.stringify(output.json) : output.lines.join('\n'))
    return 0
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.err(`Error: ${error instanceof CliError ? message : `unexpected failure: ${reasonOf(message)}`}`)
    return 1
  }
}
