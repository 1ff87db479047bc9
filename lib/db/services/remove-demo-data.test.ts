import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// A migrated throwaway database; the modules that open it are imported only after DATABASE_URL points at it.
// Never run against data/app.db: other people look at its demo data.
const temp = createTempDatabase('demo-removal')
const url = temp.url
let db: typeof import('../client')

beforeAll(async () => {
  db = await openAppClient(temp)
  const { databaseUrl } = await import('@/lib/config/database-url')
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
    for (const [scope, baseVersion] of [
      [platform.id, demoFigure.version],
      [own.id, 0],
    ] as const) {
      const saved = await saveCategoryEntry(
        {
          scope,
          quarter: FIRST,
          category: 'business',
          commentary: '',
          figures: [{ metricKey: 'partnerships_enabled', value: 7, n: null, inputs: null, target: 1, baseVersion }],
        },
        'alice',
      )
      expect(saved.ok).toBe(true)
    }
    const demoFigures = await prisma.figure.count({ where: { source: 'demo' } })

    const result = await removeDemoData('alice')

    expect(result).toEqual({ figures: demoFigures, teams: 2, restated: 0, unpublished: 0 })
    expect(await hasDemoData()).toBe(false)
    expect(await prisma.figure.count({ where: { source: 'demo' } })).toBe(0)
    expect(await prisma.target.count({ where: { isDemo: true } })).toBe(0)
    expect(await prisma.commentary.count({ where: { isDemo: true } })).toBe(0)
    // The entered figures stay, and so does the demo team someone entered data for.
    const left = await prisma.figure.findMany({ orderBy: { scope: 'asc' } })
    expect(left.map((f) => [f.scope, f.quarter, f.metricKey, f.value, f.source]).sort()).toEqual(
      [
        [platform.id, FIRST, 'partnerships_enabled', 7, 'manual'],
        [own.id, FIRST, 'partnerships_enabled', 7, 'manual'],
      ].sort(),
    )
    expect((await prisma.team.findMany({ orderBy: { slug: 'asc' } })).map((t) => [t.slug, t.isDemo])).toEqual([
      ['core', false],
      ['platform', false],
    ])
    // Quarter rows survive only where a figure is left.
    const quarters = await prisma.quarter.findMany()
    expect(quarters.map((q) => `${q.scope}/${q.quarter}`).sort()).toEqual([`${own.id}/${FIRST}`, `${platform.id}/${FIRST}`].sort())

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'demo.remove' } })
    expect(audit.actor).toBe('alice')
    expect(JSON.parse(audit.after ?? '')).toEqual({ figures: demoFigures, teams: 2, restated: 0, unpublished: 0 })
  })

  it('does nothing on a database without demo data', async () => {
    const { removeDemoData } = await import('./remove-demo-data')
    const before = await db.prisma.figure.count()
    expect(await removeDemoData('alice')).toEqual({ figures: 0, teams: 0, restated: 0, unpublished: 0 })
    expect(await db.prisma.figure.count()).toBe(before)
  })

  it('restates demo figures taken out of a published quarter that holds real figures, and unpublishes one that held only demo', async () => {
    const { loadDemoData } = await import('./load-demo-data')
    const { removeDemoData, hasDemoData, DEMO_REMOVAL_REASON } = await import('./remove-demo-data')
    const { saveCategoryEntry } = await import('./save-category-entry')
    const { publishQuarter } = await import('./publish-quarter')
    const { prisma } = db
    // A clean slate: the test above left figures that the demo would collide with.
    await prisma.$transaction([
      prisma.figure.deleteMany(),
      prisma.target.deleteMany(),
      prisma.commentary.deleteMany(),
      prisma.quarter.deleteMany(),
      prisma.restatement.deleteMany(),
      prisma.team.deleteMany(),
    ])
    await loadDemoData(LAST, 'seed')
    // The organisation's last quarter: a person enters one real figure over the demo, then publishes.
    const demoOverwritten = await prisma.figure.findUniqueOrThrow({
      where: { scope_quarter_metricKey: { scope: 'org', quarter: LAST, metricKey: 'partnerships_enabled' } },
    })
    const saved = await saveCategoryEntry(
      {
        scope: 'org',
        quarter: LAST,
        category: 'business',
        commentary: '',
        figures: [{ metricKey: 'partnerships_enabled', value: 9, n: null, inputs: null, target: 1, baseVersion: demoOverwritten.version }],
      },
      'alice',
    )
    expect(saved.ok).toBe(true)
    expect((await publishQuarter('org', LAST, 'alice')).ok).toBe(true)
    // The quarter before: demo only, published while trying the feature out.
    const tryOut = '2026-Q1'
    expect((await publishQuarter('org', tryOut, 'alice')).ok).toBe(true)
    // A quarter someone set a target for, with no figure: its row keeps the benchmark set it was recorded with.
    const planned = '2026-Q3'
    await prisma.quarter.create({ data: { scope: 'org', quarter: planned, benchmarkSet: '2022' } })
    await prisma.target.create({ data: { scope: 'org', quarter: planned, metricKey: 'releases', value: 12 } })
    const demoInLast = await prisma.figure.findMany({ where: { scope: 'org', quarter: LAST, source: 'demo' } })
    expect(demoInLast.length).toBeGreaterThan(0)

    const result = await removeDemoData('alice')

    expect(result).toMatchObject({ restated: demoInLast.length, unpublished: 1 })
    expect(await hasDemoData()).toBe(false)
    const restatements = await prisma.restatement.findMany({ where: { scope: 'org', quarter: LAST } })
    expect(restatements.map((r) => [r.metricKey, r.oldValue, r.newValue, r.reason, r.actor]).sort()).toEqual(
      demoInLast.map((f) => [f.metricKey, f.value, null, DEMO_REMOVAL_REASON, 'alice']).sort(),
    )
    const last = await prisma.quarter.findUniqueOrThrow({ where: { scope_quarter: { scope: 'org', quarter: LAST } } })
    expect(last.publishedAt).not.toBeNull()
    expect(await prisma.figure.findMany({ where: { scope: 'org', quarter: LAST } })).toMatchObject([
      { metricKey: 'partnerships_enabled', value: 9 },
    ])
    expect(await prisma.quarter.findUnique({ where: { scope_quarter: { scope: 'org', quarter: tryOut } } })).toBeNull()
    expect(await prisma.restatement.count({ where: { quarter: tryOut } })).toBe(0)
    expect(await prisma.quarter.findUnique({ where: { scope_quarter: { scope: 'org', quarter: planned } } })).toMatchObject({
      benchmarkSet: '2022',
    })
  })
})
