import { roleWords } from '@/lib/auth/role-words'
import { CliError, fieldErrorsLine } from '../cli-error'
import type { CliCommand, CommandContext, CommandOutput } from '../command'
import { userJson } from './user-json'

async function setDisabled({ flags, actor }: CommandContext, disabled: boolean): Promise<CommandOutput> {
  const { setUserDisabled } = await import('@/lib/db/services/users')
  const result = await setUserDisabled({ email: flags.email, disabled }, actor)
  if (!result.ok) throw new CliError(fieldErrorsLine(result.fieldErrors))
  const { user, changed } = result
  const who = `${user.email} (${roleWords(user.role, user.categories)})`
  const line = !changed
    ? `${who} was already ${disabled ? 'disabled' : 'active'}; nothing changed.`
    : disabled
      ? `Disabled ${who}; their sessions were ended.`
      : `Re-enabled ${who}; they can sign in again.`
  return { lines: [line], json: { ...userJson(user), changed } }
}

export const disableUserCommand: CliCommand = {
  name: 'disable-user',
  usage: 'disable-user --email E',
  summary: 'Disables a user and ends their sessions at once (the last active admin cannot be disabled).',
  flags: { required: ['email'], optional: [] },
  run: (context) => setDisabled(context, true),
}

export const enableUserCommand: CliCommand = {
  name: 'enable-user',
  usage: 'enable-user --email E',
  summary: 'Re-enables a disabled user.',
  flags: { required: ['email'], optional: [] },
  run: (context) => setDisabled(context, false),
}
