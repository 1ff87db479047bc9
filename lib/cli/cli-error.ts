import type { FieldErrors } from '@/lib/validation/field-errors'

/** A refusal the command line prints as one line on stderr before exiting with code 1. */
export class CliError extends Error {}

/**
 * One line from a service's field errors, each named by the flag a person typed ("--email: …");
 * the password has no flag, so it is named as what was read from standard input.
 */
export function fieldErrorsLine(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([field, message]) =>
      field === 'form' ? message : field === 'password' ? `password (from standard input): ${message}` : `--${field}: ${message}`,
    )
    .join(' ')
}
