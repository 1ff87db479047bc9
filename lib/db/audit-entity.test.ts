import { describe, expect, it } from 'vitest'
import { parseScopedEntityId, quarterEntityId, scopedEntityId } from './audit-entity'

describe('audit entity ids', () => {
  it('reads back the scope, quarter and key it was built from', () => {
    const id = scopedEntityId('clx0team', '2026-Q3', 'change_failure_rate')
    expect(id).toBe('clx0team/2026-Q3/change_failure_rate')
    expect(parseScopedEntityId(id)).toEqual({ scope: 'clx0team', quarter: '2026-Q3', key: 'change_failure_rate' })
  })

  it('reads nothing from ids of other entities', () => {
    expect(parseScopedEntityId(quarterEntityId('org', '2026-Q3'))).toBeNull()
    expect(parseScopedEntityId('history.csv')).toBeNull()
    expect(parseScopedEntityId('org//releases')).toBeNull()
  })
})
