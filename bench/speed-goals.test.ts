import { describe, expect, it } from 'vitest'
import type { ScorecardBenchResult } from './scorecard-bench'
import { pageWeight } from './page-weight'
import { speedGoals } from './speed-goals'

function result(over: Partial<ScorecardBenchResult>): ScorecardBenchResult {
  return {
    page: { p50: 10, p95: 16 },
    afterChange: { p50: 20, p95: 31 },
    floor: { p50: 7, p95: 12 },
    rawP50: 0.4,
    rawP95: 0.5,
    weight: { htmlKb: 59, payloadKb: 30 },
    concurrent: {
      users: 20,
      page: { requests: 900, seconds: 10, perSecond: 90 },
      floor: { requests: 900, seconds: 8, perSecond: 112.5 },
      ratio: 0.8,
    },
    firstLoadKb: 180,
    firstLoadFiles: 11,
    ...over,
  }
}

describe('speedGoals', () => {
  it('meets each goal at its edge and misses it just past', () => {
    expect(speedGoals(result({})).map((g) => g.met)).toEqual([true, true, true, true])
    const missed = speedGoals(
      result({
        page: { p50: 10, p95: 17.1 },
        weight: { htmlKb: 60.1, payloadKb: 30 },
        concurrent: {
          users: 20,
          page: { requests: 900, seconds: 10, perSecond: 74 },
          floor: { requests: 900, seconds: 9, perSecond: 100 },
          ratio: 0.74,
        },
        afterChange: { p50: 20, p95: 32.1 },
      }),
    )
    expect(missed.map((g) => g.met)).toEqual([false, false, false, false])
  })

  it('states the numbers a goal was judged by', () => {
    const [over, html, load, afterWrite] = speedGoals(result({}))
    expect(over.value).toBe('4 ms (16 − 12 ms)')
    expect(html.value).toBe('59 kB, of it 30 kB inline component payload')
    expect(load.value).toBe('0.8× (90 against 112.5 req/s)')
    expect(afterWrite.goal).toBe('≤ smallest page p95 + 20 ms = 32 ms')
  })
})

describe('pageWeight', () => {
  it('counts the whole document and, apart, the scripts that carry the component payload', () => {
    const payload = '<script nonce="n">self.__next_f.push([1,"é"])</script>'
    const html = `<html><body><p>hi</p>${payload}<script src="/a.js"></script></body></html>`
    const weight = pageWeight(html.repeat(100))
    expect(weight.htmlKb).toBe(Math.round((Buffer.byteLength(html) * 100 * 10) / 1024) / 10)
    expect(weight.payloadKb).toBe(Math.round((Buffer.byteLength(payload) * 100 * 10) / 1024) / 10)
  })
})
