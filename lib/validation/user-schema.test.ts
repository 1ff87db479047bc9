import { describe, expect, it } from 'vitest'
import { fieldErrorsOf } from './field-errors'
import { changeRoleSchema, newUserSchema, setUserDisabledSchema, userDetailsSchema } from './user-schema'

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) {
  return result.success || !result.error ? {} : fieldErrorsOf(result.error)
}

const valid = { name: 'Hana HR', email: 'hr@example.test', role: 'owner', categories: ['talent'], password: 'a long enough passphrase' }

describe('newUserSchema', () => {
  it('trims and lower-cases the email and trims the name', () => {
    const user = newUserSchema.parse({ ...valid, email: '  HR@Example.TEST ', name: '  Hana HR  ' })
    expect(user).toMatchObject({ email: 'hr@example.test', name: 'Hana HR', role: 'owner', categories: ['talent'] })
  })

  it('keeps the password exactly as typed (spaces are part of it)', () => {
    expect(newUserSchema.parse({ ...valid, password: '  spaced out words  ' }).password).toBe('  spaced out words  ')
  })

  it.each([
    ['email', { email: 'not-an-email' }, 'Enter a valid email address.'],
    ['email', { email: undefined }, 'Enter an email address.'],
    ['name', { name: '   ' }, 'Enter a name.'],
    ['name', { name: 'x'.repeat(121) }, 'Use at most 120 characters.'],
    ['role', { role: 'superuser' }, 'Choose a role.'],
    ['password', { password: 'short' }, 'Use at least 8 characters.'],
    ['password', { password: 'Password1' }, 'This password is too common; choose another.'],
    ['password', { password: 'x'.repeat(129) }, 'Use at most 128 characters.'],
    ['categories', { categories: ['talent', 'payroll'] }, 'Choose categories from the list.'],
  ])('refuses a bad %s with the message beside it', (field, change, message) => {
    expect(errorsOf(newUserSchema.safeParse({ ...valid, ...change }))).toEqual({ [field]: message })
  })

  it('counts characters, not UTF-16 units: 128 emoji are allowed', () => {
    expect(newUserSchema.safeParse({ ...valid, password: '🔒'.repeat(128) }).success).toBe(true)
    expect(errorsOf(newUserSchema.safeParse({ ...valid, password: '🔒'.repeat(7) }))).toEqual({ password: 'Use at least 8 characters.' })
  })

  it('needs at least one category for a category owner', () => {
    expect(errorsOf(newUserSchema.safeParse({ ...valid, categories: [] }))).toEqual({
      categories: 'A category owner needs at least one category.',
    })
    expect(errorsOf(newUserSchema.safeParse({ ...valid, categories: undefined }))).toEqual({
      categories: 'A category owner needs at least one category.',
    })
  })

  it('takes one ticked checkbox as a string, keeps each category once, in catalogue order', () => {
    expect(newUserSchema.parse({ ...valid, categories: 'security' }).categories).toEqual(['security'])
    expect(newUserSchema.parse({ ...valid, categories: ['talent', 'security', 'talent'] }).categories).toEqual(['security', 'talent'])
  })

  it.each(['admin', 'editor', 'viewer'])('drops categories for the %s role, who owns none', (role) => {
    expect(newUserSchema.parse({ ...valid, role, categories: ['talent'] }).categories).toEqual([])
  })
})

describe('userDetailsSchema', () => {
  it('checks everything but the password', () => {
    const details = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'password'))
    expect(userDetailsSchema.parse(details)).toEqual({ ...details })
    expect(errorsOf(userDetailsSchema.safeParse({ ...details, role: 'owner', categories: [] }))).toEqual({
      categories: 'A category owner needs at least one category.',
    })
  })
})

describe('changeRoleSchema', () => {
  it('accepts a role with the owner’s categories, and drops them for other roles', () => {
    expect(changeRoleSchema.parse({ id: 'u1', role: 'owner', categories: ['business'] })).toEqual({
      id: 'u1',
      role: 'owner',
      categories: ['business'],
    })
    expect(changeRoleSchema.parse({ id: 'u1', role: 'editor', categories: ['business'] })).toEqual({
      id: 'u1',
      role: 'editor',
      categories: [],
    })
  })

  it('refuses an owner without categories, an unknown role and a missing id', () => {
    expect(errorsOf(changeRoleSchema.safeParse({ id: 'u1', role: 'owner', categories: [] }))).toEqual({
      categories: 'A category owner needs at least one category.',
    })
    expect(errorsOf(changeRoleSchema.safeParse({ id: 'u1', role: 'root' }))).toEqual({ role: 'Choose a role.' })
    expect(errorsOf(changeRoleSchema.safeParse({ id: '', role: 'viewer' }))).toEqual({ id: 'Reload the page and try again.' })
  })
})

describe('setUserDisabledSchema', () => {
  it('reads the hidden field’s "true"/"false" and booleans from code', () => {
    expect(setUserDisabledSchema.parse({ id: 'u1', disabled: 'true' })).toEqual({ id: 'u1', disabled: true })
    expect(setUserDisabledSchema.parse({ id: 'u1', disabled: 'false' })).toEqual({ id: 'u1', disabled: false })
    expect(setUserDisabledSchema.parse({ email: ' Ann@Example.test', disabled: true })).toEqual({
      email: 'ann@example.test',
      disabled: true,
    })
  })

  it('needs an id or an email, and a clear yes or no', () => {
    expect(errorsOf(setUserDisabledSchema.safeParse({ disabled: true }))).toEqual({ id: 'Reload the page and try again.' })
    expect(setUserDisabledSchema.safeParse({ id: 'u1', disabled: 'yes' }).success).toBe(false)
  })
})
