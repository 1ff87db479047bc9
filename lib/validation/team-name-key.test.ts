import { describe, expect, it } from 'vitest'
import { teamNameKey, tidyTeamName } from './team-name-key'

describe('tidyTeamName', () => {
  it('trims and collapses inner whitespace, keeping the case typed', () => {
    expect(tidyTeamName('  Data   Platform\t ')).toBe('Data Platform')
    expect(tidyTeamName('Payments\n\nEU')).toBe('Payments EU')
  })
})

describe('teamNameKey', () => {
  it('matches names that differ only in case and spacing', () => {
    const key = teamNameKey('Payments')
    for (const same of ['payments', 'PAYMENTS', '  Payments ', 'pAyMeNtS\t']) expect(teamNameKey(same)).toBe(key)
    expect(teamNameKey('Data  Platform')).toBe(teamNameKey('data platform'))
  })

  it('matches compatibility and composed forms of the same letters', () => {
    expect(teamNameKey('Ｐａｙｍｅｎｔｓ')).toBe(teamNameKey('payments'))
    expect(teamNameKey('Cafe\u0301')).toBe(teamNameKey('Café'))
  })

  it('keeps names that differ in letters or word breaks apart', () => {
    expect(teamNameKey('Payments')).not.toBe(teamNameKey('Payment'))
    expect(teamNameKey('Data Platform')).not.toBe(teamNameKey('DataPlatform'))
  })
})
