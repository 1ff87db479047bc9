import { describe, expect, it } from 'vitest'
import { scopeOptions } from './scope-options'

const SCOPES = [
  { value: 'org', label: 'Acme' },
  { value: 'platform', label: 'Platform' },
]
const ARCHIVED = [
  { value: 'old-team', label: 'Old Team (archived)' },
  { value: 'older-team', label: 'Older Team (archived)' },
]

describe('scopeOptions', () => {
  it('adds the archived team the URL names, and no other archived team', () => {
    expect(scopeOptions(SCOPES, ARCHIVED, 'old-team')).toEqual([...SCOPES, { value: 'old-team', label: 'Old Team (archived)' }])
  })

  it('offers only the organisation and active teams otherwise, even for a slug no team has', () => {
    expect(scopeOptions(SCOPES, ARCHIVED, 'platform')).toEqual(SCOPES)
    expect(scopeOptions(SCOPES, ARCHIVED, 'org')).toEqual(SCOPES)
    expect(scopeOptions(SCOPES, ARCHIVED, 'no-such-team')).toEqual(SCOPES)
  })
})
