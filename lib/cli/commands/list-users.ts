import { roleWords } from '@/lib/auth/role-words'
import type { CliCommand } from '../command'
import { userJson } from './user-json'

export const listUsersCommand: CliCommand = {
  name: 'list-users',
  usage: 'list-users',
  summary: 'One line per user: email, role, status, name (tab-separated).',
  flags: { required: [], optional: [] },
  async run() {
    const { listUsers } = await import('@/lib/db/services/users')
    const users = await listUsers()
    const lines = users.map((u) => [u.email, roleWords(u.role, u.categories), u.disabled ? 'disabled' : 'active', u.name].join('\t'))
    return { lines: lines.length > 0 ? lines : ['No users yet.'], json: users.map(userJson) }
  },
}
