import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@/lib/validation/settings-schema'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
const temp = createTempDatabase('settings-service')
const url = temp.url
let db: typeof import('../client')
let service: typeof import('./settings')
let queries: typeof import('../queries/settings')

beforeAll(async () => {
  db = await openAppClient(temp)
  service = await import('./settings')
  queries = await import('../queries/settings')
  const { databaseUrl } = await import('@/lib/config/database-url')
  expect(databaseUrl()).toBe(url)
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

beforeEach(async () => {
  await db.prisma.auditEvent.deleteMany()
  await db.prisma.setting.deleteMany()
})

// What the form posts: every value a string.
const weights = { severityWeightCritical: '10', severityWeightHigh: '5', severityWeightMedium: '2', severityWeightLow: '1' }
const form = {
  orgName: 'Acme',
  fiscalStartMonth: '7',
  timeZone: 'Europe/London',
  currency: 'eur',
  defaultBenchmarkSet: '2024',
  reportPageSize: 'LETTER',
  ...weights,
}
const storedWeights = { severityWeightCritical: 10, severityWeightHigh: 5, severityWeightMedium: 2, severityWeightLow: 1 }

describe('updateSettings', () => {
  it('stores every setting, reads back typed, and audits the change', async () => {
    const result = await service.updateSettings(form, 'alice')
    expect(result).toMatchObject({ ok: true })
    const expected = {
      orgName: 'Acme',
      fiscalStartMonth: 7,
      timeZone: 'Europe/London',
      currency: 'EUR',
      defaultBenchmarkSet: '2024',
      reportPageSize: 'LETTER',
    }
    expect(await queries.getSettings()).toEqual({ ...expected, ...storedWeights })

    const events = await db.prisma.auditEvent.findMany({ where: { entity: 'settings' } })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ actor: 'alice', action: 'settings.update', entityId: 'org' })
    expect(JSON.parse(events[0].before ?? '')).toEqual({
      orgName: DEFAULT_SETTINGS.orgName,
      fiscalStartMonth: 1,
      timeZone: 'UTC',
      currency: 'USD',
      defaultBenchmarkSet: '2023',
      reportPageSize: 'A4',
    })
    expect(JSON.parse(events[0].after ?? '')).toEqual(expected)
  })

  it('audits only the keys that changed, and writes nothing when nothing did', async () => {
    await service.updateSettings(form, 'alice')
    const renamed = await service.updateSettings({ ...form, orgName: 'Acme Corp' }, 'bob')
    expect(renamed).toMatchObject({ ok: true, changed: ['orgName'] })
    const unchanged = await service.updateSettings({ ...form, orgName: 'Acme Corp' }, 'bob')
    expect(unchanged).toMatchObject({ ok: true, changed: [] })

    const events = await db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })
    expect(events).toHaveLength(2)
    expect(JSON.parse(events[1].before ?? '')).toEqual({ orgName: 'Acme' })
    expect(JSON.parse(events[1].after ?? '')).toEqual({ orgName: 'Acme Corp' })
  })

  it('refuses invalid settings field by field and writes nothing', async () => {
    const result = await service.updateSettings(
      {
        orgName: ' ',
        fiscalStartMonth: '2',
        timeZone: 'Mars/Olympus',
        currency: 'EURO',
        defaultBenchmarkSet: '2019',
        reportPageSize: 'A3',
        ...weights,
        severityWeightLow: '-1',
      },
      'alice',
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && Object.keys(result.fieldErrors).sort()).toEqual([
      'currency',
      'defaultBenchmarkSet',
      'fiscalStartMonth',
      'orgName',
      'reportPageSize',
      'severityWeightLow',
      'timeZone',
    ])
    expect(await db.prisma.setting.count()).toBe(0)
    expect(await db.prisma.auditEvent.count()).toBe(0)
  })
})

describe('severity weights', () => {
  it('stores edited weights and audits them like any setting', async () => {
    const result = await service.updateSettings({ ...form, severityWeightCritical: '20' }, 'alice')
    expect(result).toMatchObject({ ok: true })
    expect((await queries.getSettings()).severityWeightCritical).toBe(20)
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { entity: 'settings' } })
    expect(JSON.parse(event.after ?? '')).toMatchObject({ severityWeightCritical: 20 })
  })

  it('refuses a weight that is not a whole number from 0 to 100, and writes nothing', async () => {
    const result = await service.updateSettings({ ...form, severityWeightHigh: '2.5' }, 'alice')
    expect(result).toEqual({ ok: false, fieldErrors: { severityWeightHigh: 'Enter a whole number from 0 to 100.' } })
    expect(await db.prisma.setting.count()).toBe(0)
  })
})

describe('getSettings', () => {
  it('falls back to the default for a stored value that no longer validates, keeping the others', async () => {
    await db.prisma.setting.createMany({
      data: [
        { key: 'orgName', value: 'Acme' },
        { key: 'timeZone', value: 'Not/AZone' },
        { key: 'flag:firstStartAt', value: 'x' },
      ],
    })
    expect(await queries.getSettings()).toEqual({ ...DEFAULT_SETTINGS, orgName: 'Acme' })
  })
})
