import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeAppClient, createTempDatabase, openAppClient } from '@/tooling/db/temp-database'

// listFigures reads with raw SQL for speed; what it answers must be exactly what the model query gives,
// to the last digit of every value and the millisecond of every instant, on both databases.
const temp = createTempDatabase('figures-query')
let db: typeof import('../client')
let figures: typeof import('./figures')

beforeAll(async () => {
  db = await openAppClient(temp)
  figures = await import('./figures')
  const at = new Date('2026-02-03T04:05:06.789Z')
  await db.prisma.figure.createMany({
    data: [
      { scope: 'org', quarter: '2026-Q1', metricKey: 'uptime', value: 99.95, source: 'manual', updatedBy: 'a', updatedAt: at },
      {
        scope: 'org',
        quarter: '2026-Q1',
        metricKey: 'attrition_rate',
        value: 13.920000000000002,
        n: 41,
        inputs: '{"leavers":3,"headcountStart":40}',
        source: 'import',
        sourceRef: 'q1.csv',
        updatedBy: 'b',
        updatedAt: at,
        version: 7,
      },
      { scope: 'org', quarter: '2026-Q2', metricKey: 'uptime', value: null, source: 'events', updatedAt: at },
      { scope: 'org', quarter: '2025-Q4', metricKey: 'uptime', value: 0.1 + 0.2, source: 'manual', updatedAt: at },
      { scope: 'team-a', quarter: '2026-Q1', metricKey: 'uptime', value: 1e-7, source: 'manual', updatedAt: at },
    ],
  })
}, 120_000)

afterAll(async () => {
  await closeAppClient(temp, db)
})

describe('listFigures', () => {
  it('answers exactly what findMany gives: the scope, only the quarters asked, every column', async () => {
    const quarters = ['2026-Q1', '2026-Q2', '2025-Q4']
    const byModel = (await db.prisma.figure.findMany({ where: { scope: 'org', quarter: { in: quarters } } })).map(figures.toFigureRow)
    const key = (f: { quarter: string; metricKey: string }) => `${f.quarter}|${f.metricKey}`
    const sorted = <T extends { quarter: string; metricKey: string }>(rows: T[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)))
    const raw = await figures.listFigures('org', quarters)
    expect(sorted(raw)).toEqual(sorted(byModel))
    expect(raw).toHaveLength(4)
    expect(raw.find((f) => f.metricKey === 'attrition_rate')).toMatchObject({
      n: 41,
      inputs: { leavers: 3, headcountStart: 40 },
      version: 7,
    })
    expect(raw[0].updatedAt).toEqual(new Date('2026-02-03T04:05:06.789Z'))
    expect(await figures.listFigures('org', ['2026-Q3'])).toEqual([])
    expect(await figures.listFigures('org', [])).toEqual([])
  })
})
