import { describe, expect, it } from 'vitest'
import { isNewerVersion } from './data-version-tag'

describe('isNewerVersion', () => {
  it('is newer only when the count has moved past the drawn one in the same epoch', () => {
    expect(isNewerVersion('ab12.8', 'ab12.7')).toBe(true)
    expect(isNewerVersion('ab12.10', 'ab12.9')).toBe(true) // compared as numbers, not text
    expect(isNewerVersion('ab12.7', 'ab12.7')).toBe(false)
    expect(isNewerVersion('ab12.6', 'ab12.7')).toBe(false)
  })

  it('treats another epoch (a restored database) as newer whatever its count', () => {
    expect(isNewerVersion('cd34.1', 'ab12.7')).toBe(true)
  })

  it('waits for an answer, and redraws a page drawn without a version once one exists', () => {
    expect(isNewerVersion(undefined, 'ab12.7')).toBe(false)
    expect(isNewerVersion(null, 'ab12.7')).toBe(false)
    expect(isNewerVersion('ab12.1', null)).toBe(true)
  })
})
