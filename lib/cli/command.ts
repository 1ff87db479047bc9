/** What a command may use: its checked flags, who is acting, and the password from standard input. */
export interface CommandContext {
  flags: Record<string, string>
  /** Recorded in the audit log, e.g. "cli:alice" for the operating-system user alice. */
  actor: string
  /** The first line of standard input (prompted without echo on a terminal); null when there is none. */
  readPassword: () => Promise<string | null>
}

/** Plain lines for a person (one for a change, one per row for a list) and a value for --json. */
export interface CommandOutput {
  lines: string[]
  json: unknown
}

export interface CliCommand {
  name: string
  /** The synopsis shown by --help, e.g. "create-team --name N [--slug S]". */
  usage: string
  summary: string
  flags: { required: readonly string[]; optional: readonly string[] }
  /** Throws CliError for a refusal; writes nothing in that case. */
  run: (context: CommandContext) => Promise<CommandOutput>
}
