import { describe, expect, it } from 'vitest'
import { BENCHMARK_SETS, getBenchmarkSet } from '@/lib/metrics/benchmarks'
import { CATALOGUE } from '@/lib/metrics/catalogue'
import { derivationExamples } from './derivation-examples'
import { doraSlideExample, gapExample, settledExample, smallSampleExample } from './dora-examples'
import { bandsText, levelBands } from '@/lib/metrics/dora-levels'
import { methodRules } from '@/lib/reports/method-rules'
import { boundText, hoursAndDays, listInWords, metricForMeasure } from './level-bands'
import { rollupExample } from './rollup-example'
import { pointsRule, TARGET_SCALES, targetExample, targetRule } from './target-examples'

describe('levelBands', () => {
  it('reads the bands of the scoring function: Elite 90–100, High 80–90, Medium 50–80, Low 0–50', () => {
    const bands = levelBands(getBenchmarkSet('2023')).map((b) => [b.level, Math.round(b.bottom), Math.round(b.top)])
    expect(bands).toEqual([
      ['elite', 90, 100],
      ['high', 80, 90],
      ['medium', 50, 80],
      ['low', 0, 50],
    ])
  })

  it('gives High 80–100 in 2022, which has no Elite', () => {
    const bands = levelBands(getBenchmarkSet('2022')).map((b) => [b.level, Math.round(b.bottom), Math.round(b.top)])
    expect(bands).toEqual([
      ['high', 80, 100],
      ['medium', 50, 80],
      ['low', 0, 50],
    ])
  })

  it('works for every set', () => {
    for (const set of BENCHMARK_SETS) expect(levelBands(set).length).toBe(set.measures.lead_time.levels.length)
  })

  it("prints each set's own bands in the report's method text", () => {
    expect(methodRules('2022').join(' ')).toContain('High 80–100, Medium 50–80, Low 0–50')
    expect(methodRules('2022').join(' ')).not.toContain('Elite')
    expect(methodRules('2023').join(' ')).toContain(bandsText(levelBands(getBenchmarkSet('2023'))))
  })
})

describe('boundText', () => {
  const set = getBenchmarkSet('2023')
  it.each([
    ['deployment_frequency', 1, '≥ 1 deploy a day'],
    ['deployment_frequency', 1 / 7, '≥ 1 deploy every 7 days'],
    ['lead_time', 168, '≤ 168 h (7 days)'],
    ['recovery_time', 168, '≤ 168 h (7 days)'],
    ['change_failure_rate', 15, '≤ 15%'],
    ['change_failure_rate', null, 'anything else'],
  ] as const)('%s %s → %s', (measure, bound, text) => {
    expect(boundText(metricForMeasure(measure), set.measures[measure], bound)).toBe(text)
  })

  it('words a strict bound as "<"', () => {
    expect(boundText(metricForMeasure('recovery_time'), set.measures.recovery_time, 24, true)).toBe('< 24 h (1 day)')
    expect(boundText(metricForMeasure('deployment_frequency'), set.measures.deployment_frequency, 1, true)).toBe('> 1 deploy a day')
  })

  it('words helpers', () => {
    expect(hoursAndDays('72.0 h', 72)).toBe('72.0 h (3 days)')
    expect(hoursAndDays('12.0 h', 12)).toBe('12.0 h')
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c')
  })
})

describe('target examples', () => {
  it('measures the rule on the real function: target 80, a doubling costs 30, twice as good caps at 100', () => {
    const rule = targetRule()
    expect(rule.atTarget).toBeCloseTo(80)
    expect(rule.doublingCost).toBeCloseTo(30)
    expect(rule.twiceAsGood).toBe(100)
    expect(rule.reaches100At).toBeCloseTo(2 ** (2 / 3))
    expect(pointsRule().costPerPoint).toBeCloseTo(1.5)
  })

  it('has an example for every scale, each on a target-judged metric of that scale', () => {
    const scales = new Set(CATALOGUE.map((m) => m.targetScale))
    expect(new Set(TARGET_SCALES)).toEqual(scales)
    for (const scale of TARGET_SCALES) {
      const example = targetExample(scale)
      expect(example.metric.targetScale).toBe(scale)
      expect(example.metric.dora).toBeUndefined()
      expect(example.rows.every((r) => r.score.basis === 'target')).toBe(true)
      // One row meets the target exactly, so the table shows the 80 anchor (100 for a target that cannot be bettered).
      const anchor = example.target === 0 ? 100 : 80
      expect(
        example.rows.some((r) => r.score.score === anchor),
        scale,
      ).toBe(true)
    }
  })

  it('the count example shows that a target of 0 works', () => {
    const { target, rows } = targetExample('count')
    expect(target).toBe(0)
    expect(rows.find((r) => r.value === 1)?.score.score).toBeCloseTo(50)
    expect(rows.find((r) => r.value === 0)?.score.score).toBe(100)
  })

  it('the error budget example puts 10 times the allowed downtime off track', () => {
    const { target, rows, metric } = targetExample('budget')
    expect(metric.key).toBe('availability')
    expect(rows.find((r) => r.value === 99.9)?.score.score).toBeCloseTo(80)
    expect(target).toBe(99.9)
    expect(rows.find((r) => r.value === 99)?.score.status).toBe('off_track')
  })
})

describe('DORA examples', () => {
  it('slides through every level of the default set, without a jump at an edge', () => {
    const { rows } = doraSlideExample()
    expect(new Set(rows.map((r) => r.score.level))).toEqual(new Set(['elite', 'high', 'medium', 'low']))
    const scores = rows.map((r) => r.score.score ?? NaN)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('shows the empty Medium band of 2024 CFR: High at 20%, Low below 50 just past it', () => {
    const [at, past, low] = gapExample().rows.map((r) => r.score)
    expect(at).toMatchObject({ level: 'high', score: 80 })
    expect(past.level).toBe('low')
    expect(past.score!).toBeLessThan(50)
    expect(low.score!).toBeLessThan(past.score!)
  })

  it('claims Low for three deployments in a quarter', () => {
    expect(settledExample().score.level).toBe('low')
    expect(settledExample().text).toBe('3 deployments in 91 days is Low')
  })

  it('withholds the level on a small sample', () => {
    const { score } = smallSampleExample()
    expect(score.levelWithheld).toBe(true)
    expect(score.score).not.toBeNull()
  })
})

describe('rollup example', () => {
  it('leaves the blank figure out of the mean instead of counting it as 0', () => {
    const example = rollupExample()
    const scored = example.rows.flatMap((r) => (r.score.score === null ? [] : [r.score.score]))
    expect(example.rows.some((r) => r.value === null)).toBe(true)
    expect(example.category.score).toBeCloseTo(scored.reduce((a, b) => a + b, 0) / scored.length)
    expect(example.coverage).toBe(`${scored.length} of ${example.rows.length} metrics`)
    expect(example.ifBlankWereZero).toBeLessThan(example.category.score ?? 0)
  })
})

describe('derivation examples', () => {
  it('shows every derived metric with a computed result', () => {
    const examples = derivationExamples()
    expect(examples.map((e) => e.metric.key)).toEqual(CATALOGUE.filter((m) => m.derivation).map((m) => m.key))
    for (const e of examples) expect(e.result).not.toBeNull()
    const attrition = examples.find((e) => e.metric.key === 'attrition_rate')
    expect(attrition?.result?.value).toBeCloseTo((3 / 42) * 4 * 100)
  })
})
