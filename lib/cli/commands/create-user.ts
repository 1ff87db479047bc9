import { ROLES, isRole } from '@/lib/auth/roles'
import { CATEGORY_KEYS, isCategoryKey } from '@/lib/metrics/categories'
import { roleWords } from '@/lib/auth/role-words'
import { CliError, fieldErrorsLine } from '../cli-error'
import type { CliCommand } from '../command'
import { userJson } from './user-json'

const NO_PASSWORD =
  'No password on standard input. Pipe it in as the first line, e.g. printf \'%s\\n\' "$PASSWORD" | npm run admin -- create-user …'

/** "talent, security" → ["talent", "security"]; unknown keys are refused with the list of valid ones. */
function parseCategories(text: string | undefined): string[] {
  if (text === undefined) return []
  const keys = text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
  const unknown = keys.find((k) => !isCategoryKey(k))
  if (unknown !== undefined) throw new CliError(`--categories: "${unknown}" is not a category; use ${CATEGORY_KEYS.join(', ')}.`)
  return keys
}

export const createUserCommand: CliCommand = {
  name: 'create-user',
  usage: 'create-user --email E --role R [--name N] [--categories talent,security]',
  summary: `Adds a user (role: ${ROLES.join(', ')}; categories only for owner). Password: first line of standard input.`,
  flags: { required: ['email', 'role'], optional: ['name', 'categories'] },
  async run({ flags, actor, readPassword }) {
    const { email, role } = flags
    if (!isRole(role)) throw new CliError(`--role: use one of ${ROLES.join(', ')}.`)
    const categories = parseCategories(flags.categories)
    if (categories.length > 0 && role !== 'owner')
      throw new CliError('--categories is only for --role owner: other roles own no categories.')
    const { userDetailsSchema } = await import('@/lib/validation/user-schema')
    // Without --name, the part of the address before the @ ("hr" for hr@example.com); rename later.
    const details = { email, role, categories, name: flags.name ?? email.split('@')[0] }
    // Everything but the password is checked first, so nobody types a password for a doomed command.
    const checked = userDetailsSchema.safeParse(details)
    if (!checked.success) {
      const { fieldErrorsOf } = await import('@/lib/validation/field-errors')
      throw new CliError(fieldErrorsLine(fieldErrorsOf(checked.error)))
    }
    const password = await readPassword()
    if (password === null) throw new CliError(NO_PASSWORD)
    const { createUser } = await import('@/lib/db/services/users')
    const result = await createUser({ ...details, password }, actor)
    if (!result.ok) throw new CliError(fieldErrorsLine(result.fieldErrors))
    const { user } = result
    return { lines: [`Created ${user.email} (${user.name}) as ${roleWords(user.role, user.categories)}.`], json: userJson(user) }
  },
}
