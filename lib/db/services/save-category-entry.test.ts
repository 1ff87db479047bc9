import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from '@/tooling/db/temp-database'
import type { CategoryEntry } from '@/lib/validation/entry-schema'

// A migrated throwaway database; the client is imported only after DATABASE_URL points at it.
let temp: TempDatabase
let db: typeof import('../client')
let save: typeof import('./save-category-entry')

beforeAll(async () => {
  temp = createTempDatabase('save-entry')
  db = await openAppClient(temp)
  save = await import('./save-category-entry')
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

function velocityEntry(leadTime: number | null, baseVersion: number): CategoryEntry {
  return {
    scope: 'org',
    quarter: '2026-Q3',
    category: 'velocity',
    commentary: '',
    figures: [{ metricKey: 'lead_time_hours', value: leadTime, n: null, inputs: null, target: 24, baseVersion }],
  }
}

describe('saveCategoryEntry', () => {
  it('keeps a figure computed from events when the same value is saved again, and overrides it when changed', async () => {
    await db.prisma.figure.create({
      data: { scope: 'org', quarter: '2026-Q3', metricKey: 'lead_time_hours', value: 20.5, n: 412, source: 'events', version: 3 },
    })
    const unchanged = await save.saveCategoryEntry(velocityEntry(20.5, 3), 'tester')
    expect(unchanged).toMatchObject({ ok: true, changed: 0 })
    const kept = await db.prisma.figure.findFirstOrThrow({ where: { metricKey: 'lead_time_hours' } })
    expect(kept).toMatchObject({ value: 20.5, n: 412, source: 'events', version: 3 })

    const override = await save.saveCategoryEntry(velocityEntry(18, 3), 'tester')
    expect(override).toMatchObject({ ok: true, changed: 1 })
    const overridden = await db.prisma.figure.findFirstOrThrow({ where: { metricKey: 'lead_time_hours' } })
    expect(overridden).toMatchObject({ value: 18, n: null, source: 'manual', version: 4, updatedBy: 'tester' })
  })

  it('refuses a save based on an older version and stores nothing', async () => {
    const stale = await save.saveCategoryEntry(velocityEntry(30, 3), 'someone else')
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.conflicts?.lead_time_hours).toMatchObject({ value: 18, version: 4 })
    const still = await db.prisma.figure.findFirstOrThrow({ where: { metricKey: 'lead_time_hours' } })
    expect(still).toMatchObject({ value: 18, version: 4 })
  })
})
