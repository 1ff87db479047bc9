import { describe, expect, it } from 'vitest'
import { statusText } from './status-text'

describe('statusText', () => {
  it('marks the status of a quarter in progress provisional', () => {
    expect(statusText('on_track', { provisional: true })).toBe('On track (provisional)')
    expect(statusText('off_track', { provisional: true })).toBe('Off track (provisional)')
  })

  it('reads a status of an ended quarter plainly', () => {
    expect(statusText('at_risk')).toBe('At risk')
    expect(statusText('at_risk', { provisional: false })).toBe('At risk')
  })

  it('names why there is no status, in progress or not', () => {
    expect(statusText(null, { provisional: true })).toBe('No score')
    expect(statusText(null, { empty: 'n too small' })).toBe('n too small')
  })
})
