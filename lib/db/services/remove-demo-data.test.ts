import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '../temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
// Never run against data/app.db: other people look at its demo data.
const temp = createTempDatabase('demo-removal')
const url = temp.url
let db: typeof import('../client')

beforeAll(async () => {
  db = await openAppClient(temp)
  const { databaseUrl } = await import('../database-url')
  expect(databaseUrl()).toBe(url)
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

const LAST = '2026-Q2'
const FIRST = '2024-Q3'

describe('removeDemoData', () => {
  it('removes every demo row, keeps what people entered, and audits the removal', async () => {
    const { loadDemoData } = await import('./load-demo-data')
    const { removeDemoData, hasDemoData } = await import('./remove-demo-data')
    const { saveCategoryEntry } = await import('./save-category-entry')
    const { prisma } = db
    await loadDemoData(LAST, 'seed')
    expect(await hasDemoData()).toBe(true)

    // A person enters a figure over a demo quarter of the demo team "platform", and one for a team of their own.
    const platform = await prisma.team.findUniqueOrThrow({ where: { slug: 'platform' } })
    const own = await prisma.team.create({ data: { slug: 'core', name: 'Core' } })
    const demoFigure = await prisma.figure.findUniqueOrThrow({
      where: { scope_quarter_metricKey: { scope: platform.id, quarter: FIRST, metricKey: 'partnerships_enabled' } },
    })
    for (const [scope, baseVersion] of [[platform.id, demoFigure.version], [own.id, 0]] as const) {
      const saved = await saveCategoryEntry({
        scope, quarter: FIRST, category: 'business', commentary: '',
        figures: [{ metricKey: 'partnerships_enabled', value: 7, n: null, inputs: null, target: 1, baseVersion }],
      }, 'alice')
      expect(saved.ok).toBe(true)
    }
    const demoFigures = await prisma.figure.count({ where: { source: 'demo' } })

    const result = await removeDemoData('alice')

    expect(result).toEqual({ figures: demoFigures, teams: 2 })
    expect(await hasDemoData()).toBe(false)
    expect(await prisma.figure.count({ where: { source: 'demo' } })).toBe(0)
    expect(await prisma.target.count({ where: { isDemo: true } })).toBe(0)
    expect(await prisma.commentary.count({ where: { isDemo: true } })).toBe(0)
    // The entered figures stay, and so does the demo team someone entered data for.
    const left = await prisma.figure.findMany({ orderBy: { scope: 'asc' } })
    expect(left.map((f) => [f.scope, f.quarter, f.metricKey, f.value, f.source]).sort()).toEqual(
      [[platform.id, FIRST, 'partnerships_enabled', 7, 'manual'], [own.id, FIRST, 'partnerships_enabled', 7, 'manual']].sort(),
    )
    expect((await prisma.team.findMany({ orderBy: { slug: 'asc' } })).map((t) => t.slug)).toEqual(['core', 'platform'])
    // Quarter rows survive only where a figure is left.
    const quarters = await prisma.quarter.findMany()
    expect(quarters.map((q) => `${q.scope}/${q.quarter}`).sort()).toEqual([`${own.id}/${FIRST}`, `${platform.id}/${FIRST}`].sort())

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'demo.remove' } })
    expect(audit.actor).toBe('alice')
    expect(JSON.parse(audit.after ?? '')).toEqual({ figures: demoFigures, teams: 2 })
  })

  it('does nothing on a database without demo data', async () => {
    const { removeDemoData } = await import('./remove-demo-data')
    const before = await db.prisma.figure.count()
    expect(await removeDemoData('alice')).toEqual({ figures: 0, teams: 0 })
    expect(await db.prisma.figure.count()).toBe(before)
  })
})
