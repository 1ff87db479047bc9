import { describe, expect, it } from 'vitest'
import { createTeamSchema, renameTeamSchema, setTeamArchivedSchema, slugify, teamSlugSchema } from './team-schema'
import { fieldErrorsOf } from './field-errors'

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) {
  return result.success || !result.error ? {} : fieldErrorsOf(result.error)
}

describe('slugify', () => {
  it.each([
    ['Platform', 'platform'],
    ['Payments & Risk (EU)', 'payments-risk-eu'],
    ['  Data  Platform  ', 'data-platform'],
    ['Équipe Sécurité', 'equipe-securite'],
    ['---', ''],
    ['Team 42', 'team-42'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })

  it('never ends in a hyphen after cutting to the maximum length', () => {
    const slug = slugify(`${'a'.repeat(39)} b`)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('teamSlugSchema', () => {
  it.each(['platform', 'team-42', 'a', 'data-platform-eu'])('accepts %j', (slug) => {
    expect(teamSlugSchema.parse(slug)).toBe(slug)
  })

  it('lowercases and trims what people type', () => {
    expect(teamSlugSchema.parse('  Platform ')).toBe('platform')
  })

  it.each(['', 'plat form', 'platform_eu', '-platform', 'platform-', 'plat--form', 'équipe', 'a/b', 'x'.repeat(41)])(
    'refuses %j',
    (slug) => {
      expect(teamSlugSchema.safeParse(slug).success).toBe(false)
    },
  )

  it('refuses the reserved slug "org", whatever its case', () => {
    const result = teamSlugSchema.safeParse('ORG')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toMatch(/reserved/)
  })
})

describe('createTeamSchema', () => {
  it('derives a blank slug from the name', () => {
    expect(createTeamSchema.parse({ name: ' Payments ', slug: '' })).toEqual({ name: 'Payments', slug: 'payments' })
    expect(createTeamSchema.parse({ name: 'Mobile Apps' })).toEqual({ name: 'Mobile Apps', slug: 'mobile-apps' })
  })

  it('keeps a slug that was typed', () => {
    expect(createTeamSchema.parse({ name: 'Payments', slug: 'pay' })).toEqual({ name: 'Payments', slug: 'pay' })
  })

  it('reports errors under the field they belong to', () => {
    expect(errorsOf(createTeamSchema.safeParse({ name: 'Org', slug: '' }))).toEqual({ slug: expect.stringMatching(/reserved/) })
    expect(errorsOf(createTeamSchema.safeParse({ name: 'Ok', slug: 'Not ok!' }))).toEqual({ slug: expect.any(String) })
    expect(errorsOf(createTeamSchema.safeParse({ name: '   ', slug: 'x' }))).toEqual({ name: 'Enter a team name.' })
    expect(errorsOf(createTeamSchema.safeParse({ name: 'n'.repeat(81), slug: 'x' }))).toHaveProperty('name')
  })
})

describe('renameTeamSchema', () => {
  it('needs the team id', () => {
    expect(errorsOf(renameTeamSchema.safeParse({ id: '', name: 'A', slug: 'a' }))).toHaveProperty('id')
    expect(renameTeamSchema.parse({ id: 't1', name: 'A B', slug: '' })).toEqual({ id: 't1', name: 'A B', slug: 'a-b' })
  })
})

describe('setTeamArchivedSchema', () => {
  it('reads the hidden field and booleans alike', () => {
    expect(setTeamArchivedSchema.parse({ id: 't1', archived: 'true' })).toEqual({ id: 't1', archived: true })
    expect(setTeamArchivedSchema.parse({ id: 't1', archived: 'false' })).toEqual({ id: 't1', archived: false })
    expect(setTeamArchivedSchema.parse({ id: 't1', archived: true })).toEqual({ id: 't1', archived: true })
    expect(setTeamArchivedSchema.safeParse({ id: 't1', archived: 'yes' }).success).toBe(false)
  })
})
