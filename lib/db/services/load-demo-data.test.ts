import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
const temp = createTempDatabase('demo-load')
let db: typeof import('../client')

beforeAll(async () => {
  db = await openAppClient(temp)
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

describe('loadDemoData', () => {
  it('fills in around what people entered and never replaces it', async () => {
    const { loadDemoData } = await import('./load-demo-data')
    const { prisma } = db
    const quarter = '2026-Q2'
    await prisma.figure.create({ data: { scope: 'org', quarter, metricKey: 'releases', value: 3, source: 'manual', updatedBy: 'alice' } })
    await prisma.target.create({ data: { scope: 'org', quarter, metricKey: 'releases', value: 5, updatedBy: 'alice' } })
    await prisma.commentary.create({ data: { scope: 'org', quarter, category: 'delivery', text: 'Ours', updatedBy: 'alice' } })

    const { figures } = await loadDemoData(quarter, 'seed')

    expect(figures).toBeGreaterThan(100)
    expect(
      await prisma.figure.findUnique({ where: { scope_quarter_metricKey: { scope: 'org', quarter, metricKey: 'releases' } } }),
    ).toMatchObject({ value: 3, source: 'manual' })
    expect(
      await prisma.target.findUnique({ where: { scope_quarter_metricKey: { scope: 'org', quarter, metricKey: 'releases' } } }),
    ).toMatchObject({ value: 5, isDemo: false })
    expect(
      await prisma.commentary.findUnique({ where: { scope_quarter_category: { scope: 'org', quarter, category: 'delivery' } } }),
    ).toMatchObject({ text: 'Ours', isDemo: false })
    // The rest of that quarter is demo data as usual.
    expect(await prisma.figure.count({ where: { scope: 'org', quarter, source: 'demo' } })).toBeGreaterThan(10)
    expect(await prisma.commentary.count({ where: { scope: 'org', quarter, isDemo: true } })).toBeGreaterThan(0)
  })
})
