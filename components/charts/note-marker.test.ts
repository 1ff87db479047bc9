import { describe, expect, it } from 'vitest'
import { noteBoxHeight } from './note-marker'

describe('noteBoxHeight', () => {
  it('makes room for every line of the notes, a long note wrapping onto more than one', () => {
    const short = noteBoxHeight(['3 Feb 2026: Re-org'])
    expect(noteBoxHeight(['3 Feb 2026: Re-org', '1 Sep 2026: SOC 2 audit'])).toBe(short + 16)
    expect(noteBoxHeight(['14 Aug 2026: Payments re-platforming, a long note that runs on to see how the box wraps'])).toBe(short + 32)
  })
})
