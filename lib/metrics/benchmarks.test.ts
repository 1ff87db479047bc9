import { describe, expect, it } from 'vitest'
import { BENCHMARK_SETS, DEFAULT_BENCHMARK_SET, LEVEL_LABELS, getBenchmarkSet, isBenchmarkSetId, type BenchmarkSetId } from './benchmarks'
import { CATALOGUE, getMetric, type DoraMeasure } from './catalogue'
import { levelRanges } from './dora-levels'
import { scoreFigure } from './scoring'

type Row = Record<DoraMeasure, readonly (number | null)[]>

// The reports' level tables translated by hand with the conventions in benchmarks.ts, so a typo in the data fails.
const D = 1 / 7
const M = 1 / 30
const EXPECTED_BOUNDS: Record<BenchmarkSetId, Row> = {
  '2021': {
    deployment_frequency: [1, M, 1 / 182, null],
    lead_time: [1, 168, 4380, null],
    change_failure_rate: [15, 30, 30, null],
    recovery_time: [1, 24, 168, null],
  },
  '2022': {
    deployment_frequency: [1, M, null],
    lead_time: [168, 720, null],
    change_failure_rate: [15, 30, null],
    recovery_time: [24, 168, null],
  },
  '2023': {
    deployment_frequency: [1, D, M, null],
    lead_time: [24, 168, 720, null],
    change_failure_rate: [5, 10, 15, null],
    recovery_time: [1, 24, 168, null],
  },
  '2024': {
    deployment_frequency: [1, D, M, null],
    lead_time: [24, 168, 720, null],
    change_failure_rate: [5, 20, 10, null],
    recovery_time: [1, 24, 24, null],
  },
}

const MEASURES: readonly DoraMeasure[] = ['deployment_frequency', 'lead_time', 'change_failure_rate', 'recovery_time']

describe('benchmark sets', () => {
  it('holds the 2021–2024 reports, oldest first, with 2023 as the default', () => {
    expect(BENCHMARK_SETS.map((s) => s.id)).toEqual(['2021', '2022', '2023', '2024'])
    expect(DEFAULT_BENCHMARK_SET).toBe('2023')
  })

  it('looks sets up by id and refuses unknown ids', () => {
    expect(getBenchmarkSet('2024').id).toBe('2024')
    expect(isBenchmarkSetId('2022')).toBe(true)
    expect(isBenchmarkSetId('2025')).toBe(false)
    expect(() => getBenchmarkSet('2025')).toThrow('Unknown benchmark set: 2025')
  })

  it.each(BENCHMARK_SETS.map((s) => [s.id, s] as const))('%s translates the published table to bounds', (id, set) => {
    for (const measure of MEASURES) {
      expect(
        set.measures[measure].levels.map((l) => l.bound),
        `${id} ${measure}`,
      ).toEqual(EXPECTED_BOUNDS[id][measure])
    }
  })

  it('orders levels best → worst and leaves only the worst as catch-all', () => {
    const order = ['elite', 'high', 'medium', 'low']
    for (const set of BENCHMARK_SETS) {
      for (const measure of MEASURES) {
        const levels = set.measures[measure].levels.map((l) => l.level)
        expect(levels, `${set.id} ${measure}`).toEqual(order.slice(order.length - levels.length))
      }
    }
  })

  it('has no Elite level in 2022 only', () => {
    for (const set of BENCHMARK_SETS) {
      const hasElite = MEASURES.some((m) => set.measures[m].levels.some((l) => l.level === 'elite'))
      expect(hasElite, set.id).toBe(set.id !== '2022')
    }
  })

  it('uses the same anchors, directions and scales in every set', () => {
    for (const set of BENCHMARK_SETS) {
      const { deployment_frequency: df, lead_time: lt, change_failure_rate: cfr, recovery_time: rt } = set.measures
      expect([df.direction, df.scale, df.best, df.worst]).toEqual(['up', 'log', 10, 1 / 365])
      for (const time of [lt, rt]) {
        expect([time.direction, time.scale, time.best, time.worst]).toEqual(['down', 'log', 0.1, 8760])
      }
      expect([cfr.direction, cfr.scale, cfr.best, cfr.worst]).toEqual(['down', 'linear', 0, 100])
    }
  })

  it('keeps every bound strictly between the anchors', () => {
    for (const set of BENCHMARK_SETS) {
      for (const measure of MEASURES) {
        const { best, worst, levels } = set.measures[measure]
        for (const { bound } of levels.filter((l) => l.bound !== null)) {
          const inside = bound! > Math.min(best, worst) && bound! < Math.max(best, worst)
          expect(inside, `${set.id} ${measure} ${bound}`).toBe(true)
        }
      }
    }
  })

  it('keeps the published wording, including the catch-all level', () => {
    const published = (id: string, m: DoraMeasure) => getBenchmarkSet(id).measures[m].levels.map((l) => l.published)
    expect(published('2023', 'lead_time')).toEqual(['< 1 day', '1 day – 1 week', '1 week – 1 month', '1 week – 1 month'])
    expect(published('2023', 'change_failure_rate')).toEqual(['5%', '10%', '15%', '64%'])
    expect(published('2024', 'recovery_time')).toEqual(['< 1 hour', '< 1 day', '< 1 day', '1 week – 1 month'])
    expect(published('2022', 'change_failure_rate')).toEqual(['0–15%', '16–30%', '46–60%'])
    expect(published('2021', 'deployment_frequency')).toEqual([
      'on demand',
      'once a week–once a month',
      'once a month–once every 6 months',
      '< once every 6 months',
    ])
  })

  it('labels levels for people', () => {
    expect(LEVEL_LABELS).toEqual({ elite: 'Elite', high: 'High', medium: 'Medium', low: 'Low' })
  })
})

describe('scores at level edges', () => {
  const judge = (key: string, value: number, id: string) => scoreFigure(getMetric(key), { value, target: null }, getBenchmarkSet(id))

  const edges = BENCHMARK_SETS.flatMap((set) =>
    CATALOGUE.flatMap((metric) => {
      if (!metric.dora) return []
      const { levels } = set.measures[metric.dora]
      return levels.flatMap((l, i) => (l.bound === null ? [] : [[set.id, metric.key, l.bound, i] as const]))
    }),
  )

  it.each(edges)('%s %s: at %d the score drops only by the band of a level with no range of its own', (id, key, bound) => {
    const m = getBenchmarkSet(id).measures[getMetric(key).dora!]
    const step = m.scale === 'log' ? bound * 1e-7 : 1e-7
    const before = judge(key, m.direction === 'down' ? bound - step : bound + step, id)
    const past = judge(key, m.direction === 'down' ? bound + step : bound - step, id)
    const ranges = levelRanges(m)
    const skipped = ranges.filter((r) => !r.reachable && r.betterEdge === bound).map((r) => r.top - r.bottom)
    const drop = skipped.reduce((a, b) => a + b, 0)
    expect(before.score!).toBeGreaterThanOrEqual(past.score!)
    expect(before.score! - past.score! - drop).toBeLessThan(1)
    expect(before.score! - past.score! - drop).toBeGreaterThan(-1e-6)
  })

  it('keeps Low in its own band where a set has no range for Medium', () => {
    // 2024 CFR: High 20%, Medium 10% (inside High), Low 40%; recovery: High and Medium both "< 1 day".
    const at21 = judge('change_failure_rate', 21, '2024')
    expect(at21.level).toBe('low')
    expect(at21.score).toBeCloseTo(50 - 50 / 80, 9)
    expect(at21.status).toBe('off_track')
    expect(judge('change_failure_rate', 40, '2024').score).toBeCloseTo(50 - (50 * 20) / 80, 9)
    const at48h = judge('recovery_time_hours', 48, '2024')
    expect(at48h.level).toBe('low')
    expect(at48h.score).toBeCloseTo(50 - (50 * Math.log(2)) / Math.log(8760 / 24), 9)
    expect(judge('change_failure_rate', 20, '2024')).toMatchObject({ level: 'high', score: 80 })
    expect(judge('change_failure_rate', 30.01, '2021').level).toBe('low')
    expect(judge('change_failure_rate', 30.01, '2021').score!).toBeLessThan(50)
  })

  it('never scores a figure outside the band of the level it is given', () => {
    for (const set of BENCHMARK_SETS) {
      for (const metric of CATALOGUE.filter((m) => m.dora)) {
        const m = set.measures[metric.dora!]
        for (const value of [
          m.best,
          m.worst,
          ...m.levels.flatMap((l) => (l.bound === null ? [] : [l.bound * 0.9, l.bound, l.bound * 1.1])),
        ]) {
          const r = judge(metric.key, value, set.id)
          const range = levelRanges(m).find((x) => x.level === r.level)!
          expect(r.score!, `${set.id} ${metric.key} ${value}`).toBeLessThanOrEqual(range.top)
          expect(r.score!, `${set.id} ${metric.key} ${value}`).toBeGreaterThanOrEqual(range.bottom)
        }
      }
    }
  })
})

describe('bounds follow the published wording', () => {
  it('marks every "< …" bound, and "on demand" before a range that includes daily, as excluding the bound', () => {
    for (const set of BENCHMARK_SETS) {
      for (const measure of MEASURES) {
        const levels = set.measures[measure].levels
        levels.forEach((l, i) => {
          const nextIncludesDaily = /daily|once a day/.test(levels[i + 1]?.published ?? '')
          const expected = l.published.startsWith('<') && l.bound !== null ? true : l.published.startsWith('on demand') && nextIncludesDaily
          expect(l.strict, `${set.id} ${measure} ${l.level}`).toBe(expected)
        })
      }
    }
  })

  it.each([
    ['2023', 'lead_time_hours', 24, 'high'],
    ['2023', 'recovery_time_hours', 1, 'high'],
    ['2023', 'recovery_time_hours', 24, 'medium'],
    ['2023', 'deployment_frequency', 1, 'high'],
    ['2024', 'deployment_frequency', 1, 'high'],
    ['2021', 'deployment_frequency', 1, 'elite'],
    ['2023', 'lead_time_hours', 168, 'high'],
    ['2023', 'change_failure_rate', 5, 'elite'],
    ['2023', 'deployment_frequency', 1 / 7, 'high'],
  ] as const)('%s %s of exactly %d is %s', (id, key, value, level) => {
    expect(scoreFigure(getMetric(key), { value, target: null }, getBenchmarkSet(id)).level).toBe(level)
  })

  it('names the worst level by what the figure is, not by a wording it does not fit', () => {
    const r = scoreFigure(getMetric('recovery_time_hours'), { value: 336, target: null }, getBenchmarkSet('2021'))
    expect(r.explanation).toMatch(/^Low \(2021\): worse than Medium \(1 day–1 week\); 336\.0 h/)
    const d = scoreFigure(getMetric('recovery_time_hours'), { value: 48, target: null }, getBenchmarkSet('2024'))
    expect(d.explanation).toMatch(/^Low \(2024\): worse than High \(< 1 day\); 48\.0 h/)
  })
})
