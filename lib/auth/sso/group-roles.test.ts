import { describe, expect, it } from 'vitest'
import { formatGroupRoles, groupsFromClaim, parseGroupRoles, roleForGroups } from './group-roles'

describe('parseGroupRoles', () => {
  it('reads one "group = role" per line, skipping blanks and comments, keeping group names as written', () => {
    const parsed = parseGroupRoles('# who gets what\n\n  Eng Leads = Editor \nscorecard-admins=admin\r\n00000000-aaaa = viewer')
    expect(parsed).toEqual({
      ok: true,
      mapping: [
        { group: 'Eng Leads', role: 'editor' },
        { group: 'scorecard-admins', role: 'admin' },
        { group: '00000000-aaaa', role: 'viewer' },
      ],
    })
  })

  it('names the line of a missing role, an unknown role or a group mapped twice', () => {
    expect(parseGroupRoles('a = admin\nengineering')).toEqual({ ok: false, message: 'Line 2: write "group = role".' })
    expect(parseGroupRoles('a = boss')).toEqual({ ok: false, message: 'Line 1: "boss" is not a role (admin, editor, owner or viewer).' })
    expect(parseGroupRoles('a = admin\n\na = viewer')).toEqual({ ok: false, message: 'Line 3: the group "a" is mapped twice.' })
  })

  it('keeps an "=" inside a group name (the role is after the last one)', () => {
    expect(parseGroupRoles('cn=eng,ou=groups = editor')).toEqual({ ok: true, mapping: [{ group: 'cn=eng,ou=groups', role: 'editor' }] })
  })

  it('formats a mapping so that it reads back the same', () => {
    const mapping = [
      { group: 'x', role: 'owner' as const },
      { group: 'y z', role: 'admin' as const },
    ]
    expect(parseGroupRoles(formatGroupRoles(mapping))).toEqual({ ok: true, mapping })
  })
})

describe('roleForGroups', () => {
  const mapping = [
    { group: 'staff', role: 'viewer' as const },
    { group: 'eng', role: 'editor' as const },
    { group: 'cto-office', role: 'admin' as const },
  ]

  it('gives the most powerful role any of the groups maps to', () => {
    expect(roleForGroups(['staff', 'eng'], mapping, 'viewer')).toBe('editor')
    expect(roleForGroups(['cto-office', 'staff'], mapping, 'viewer')).toBe('admin')
  })

  it('falls back to the default role when no group is mapped, matching names exactly', () => {
    expect(roleForGroups(['Eng', 'marketing'], mapping, 'owner')).toBe('owner')
    expect(roleForGroups([], [], 'viewer')).toBe('viewer')
  })
})

describe('groupsFromClaim', () => {
  it('takes a list of names or a single name, and treats anything else as no groups', () => {
    expect(groupsFromClaim(['a', 2, 'b', null])).toEqual(['a', 'b'])
    expect(groupsFromClaim('admins')).toEqual(['admins'])
    expect(groupsFromClaim('')).toEqual([])
    expect(groupsFromClaim({ a: 1 })).toEqual([])
    expect(groupsFromClaim(undefined)).toEqual([])
  })
})
