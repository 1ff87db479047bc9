import { describe, expect, it } from 'vitest'
import { postgresBackupAdvice } from './backup-postgres'

describe('postgresBackupAdvice', () => {
  it('names pg_dump for a backup and pg_restore for a restore, and the secret to keep', () => {
    expect(postgresBackupAdvice('backup')).toMatch(/pg_dump --format=custom/)
    expect(postgresBackupAdvice('restore')).toMatch(/pg_restore --clean/)
    for (const command of ['backup', 'restore'] as const) expect(postgresBackupAdvice(command)).toContain('APP_SECRET')
  })
})
