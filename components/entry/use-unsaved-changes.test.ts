import { describe, expect, it } from 'vitest'
import { hasUnsavedEdits } from './use-unsaved-changes'

describe('hasUnsavedEdits', () => {
  it('is false when every field reads as saved, a missing field counting as blank', () => {
    expect(hasUnsavedEdits({ a: '1', b: '' }, { a: '1' })).toBe(false)
    expect(hasUnsavedEdits({}, { a: '' })).toBe(false)
  })

  it('is true when a field was typed in, cleared or added', () => {
    expect(hasUnsavedEdits({ a: '2' }, { a: '1' })).toBe(true)
    expect(hasUnsavedEdits({ a: '' }, { a: '1' })).toBe(true)
    expect(hasUnsavedEdits({ a: '1', note: 'x' }, { a: '1' })).toBe(true)
  })
})
