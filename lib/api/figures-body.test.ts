import { describe, expect, it } from 'vitest'
import type { FigureRow } from '@/lib/db/queries/figures'
import { CATALOGUE } from '@/lib/metrics/catalogue'
import { figuresBody } from './figures-body'

function row(metricKey: string, value: number | null, n: number | null, source = 'events', sourceRef: string | null = null): FigureRow {
  return {
    scope: 'team-1',
    quarter: '2026-Q3',
    metricKey,
    value,
    n,
    inputs: null,
    source,
    sourceRef,
    updatedBy: null,
    updatedAt: new Date(),
    version: 1,
  }
}

describe('figuresBody', () => {
  it('lists stored figures in catalogue order with key, value, n and source, blanks as null, unknown keys dropped', () => {
    const keys = CATALOGUE.map((m) => m.key)
    const [first, second, third] = [keys[0], keys[5], keys[keys.length - 1]]
    const body = figuresBody('2026-Q3', 'platform', [
      row(third, 12.5, 3, 'manual'),
      row('retired_metric', 1, 1),
      row(first, null, null),
      row(second, 0, 40),
    ])
    expect(body).toEqual({
      quarter: '2026-Q3',
      scope: 'platform',
      figures: [
        { key: first, value: null, n: null, source: 'events' },
        { key: second, value: 0, n: 40, source: 'events' },
        { key: third, value: 12.5, n: 3, source: 'manual' },
      ],
    })
  })

  it('names the webhook providers behind a figure computed from their events', () => {
    const key = CATALOGUE[0].key
    expect(figuresBody('2026-Q3', 'platform', [row(key, 2, 4, 'events', 'github, pagerduty')]).figures).toEqual([
      { key, value: 2, n: 4, source: 'events (github, pagerduty)' },
    ])
  })
})

describe('figuresBody of the organisation', () => {
  it('gives the roll-up beside the figures that have one, with where it comes from', () => {
    const sum = { rule: 'sum', value: 14, n: null, from: 3, of: 5, updatedAt: new Date() } as const
    const body = figuresBody(
      '2000-Q4',
      'org',
      [row('releases', 14, null, 'teams'), row('major_incidents', 2, null, 'manual')],
      new Map([['releases', sum]]),
    )
    expect(body.figures).toEqual([
      { key: 'releases', value: 14, n: null, source: 'teams', rollup: { rule: 'sum', value: 14, n: null, from: 3, of: 5 } },
      { key: 'major_incidents', value: 2, n: null, source: 'manual' },
    ])
  })
})
