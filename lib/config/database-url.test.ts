import { describe, expect, it } from 'vitest'
import { databaseProvider } from './database-url'

describe('databaseProvider', () => {
  it('reads SQLite from a file: URL and PostgreSQL from a postgresql:// or postgres:// URL', () => {
    expect(databaseProvider('file:./data/app.db')).toBe('sqlite')
    expect(databaseProvider('postgresql://app@db.internal:5432/scorecard')).toBe('postgresql')
    expect(databaseProvider('postgres://app@db.internal/scorecard')).toBe('postgresql')
  })

  it('refuses any other URL, naming the two it accepts and not echoing credentials', () => {
    expect(() => databaseProvider('mysql://root:hunter2@db/x')).toThrow(/file: \(SQLite\) or postgresql:\/\//)
    expect(() => databaseProvider('mysql://root:hunter2@db/x')).not.toThrow(/hunter2/)
  })
})
