import { isRole, type Role } from '../roles'

/** One line of the group-to-role mapping: people in `group` (as the identity provider names it) get `role`. */
export interface GroupRole {
  group: string
  role: Role
}

export type GroupRolesParse = { ok: true; mapping: GroupRole[] } | { ok: false; message: string }

/**
 * Reads the mapping as an admin types it: one `group = role` per line; blank lines and lines starting
 * with # are skipped. Group names are kept as written (Entra ID sends object ids, Okta and Keycloak
 * names, and the match is exact, as the provider's own is).
 */
export function parseGroupRoles(text: string): GroupRolesParse {
  const mapping: GroupRole[] = []
  const lines = text.split(/\r?\n/)
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const at = line.lastIndexOf('=')
    const group = at < 0 ? '' : line.slice(0, at).trim()
    const role =
      at < 0
        ? ''
        : line
            .slice(at + 1)
            .trim()
            .toLowerCase()
    if (group === '' || role === '') return { ok: false, message: `Line ${index + 1}: write "group = role".` }
    if (!isRole(role)) return { ok: false, message: `Line ${index + 1}: "${role}" is not a role (admin, editor, owner or viewer).` }
    if (mapping.some((m) => m.group === group)) return { ok: false, message: `Line ${index + 1}: the group "${group}" is mapped twice.` }
    mapping.push({ group, role })
  }
  return { ok: true, mapping }
}

/** The mapping as the form shows it again, one `group = role` per line. */
export function formatGroupRoles(mapping: readonly GroupRole[]): string {
  return mapping.map((m) => `${m.group} = ${m.role}`).join('\n')
}

// Most access first: someone in both an admin group and a viewer group is an admin.
const RANK: Record<Role, number> = { admin: 0, editor: 1, owner: 2, viewer: 3 }

/**
 * The role for a person's groups: the most powerful role any of their groups maps to, else the
 * default. A category owner mapped from a group starts with no categories; an admin assigns them.
 */
export function roleForGroups(groups: readonly string[], mapping: readonly GroupRole[], defaultRole: Role): Role {
  const roles = mapping.filter((m) => groups.includes(m.group)).map((m) => m.role)
  return roles.sort((a, b) => RANK[a] - RANK[b])[0] ?? defaultRole
}

/**
 * The groups claim as a list of names. Providers send an array of strings (Okta, Entra ID, Keycloak)
 * or, configured so, one string; anything else counts as no groups rather than failing the sign-in.
 */
export function groupsFromClaim(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value]
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string')
  return []
}
