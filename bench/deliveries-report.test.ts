import { describe, expect, it } from 'vitest'
import type { DeliveriesBenchResult } from './deliveries-bench'
import { renderDeliveriesSection, withDeliveriesSection } from './deliveries-report'

function result(over: Partial<DeliveriesBenchResult>): DeliveriesBenchResult {
  return {
    sequential: { clients: 1, deliveries: 300, seconds: 1.2, perSecond: 250, p50: 3, p95: 6 },
    concurrent: { clients: 4, deliveries: 600, seconds: 2, perSecond: 300, p50: 10, p95: 20 },
    floor: {
      sequential: { clients: 1, deliveries: 300, seconds: 0.6, perSecond: 500, p50: 2, p95: 3 },
      concurrent: { clients: 4, deliveries: 600, seconds: 1, perSecond: 600, p50: 5, p95: 8 },
    },
    warmUp: 50,
    sent: 950,
    drain: { drainedSeconds: 0.4, recomputedSeconds: 1.1, stored: 950, refused: 0, figureN: 950 },
    loadBefore: [1.5, 1.2, 1],
    loadAfter: [2, 1.4, 1.1],
    ...over,
  }
}

describe('renderDeliveriesSection', () => {
  it('says both goals are met, with the load average, the drain and the figures, when they are', () => {
    const text = renderDeliveriesSection(result({}), '2026-12-03')
    expect(text).toContain('Both goals are met, and the figures are correct.')
    expect(text).toContain('2-core machine: 1.50, 1.20, 1.00 at the start, 2.00, 1.40, 1.10 at the end')
    expect(text).toContain('the queue had applied every delivery in 0.4 s, and the figures were recomputed\nin 1.1 s')
    expect(text).toContain('counted 950, and 0 deliveries were refused (none lost or doubled)')
  })

  it('states figures that do not add up, and refusals, as misses', () => {
    const text = renderDeliveriesSection(
      result({ drain: { drainedSeconds: 0.4, recomputedSeconds: 1.1, stored: 950, refused: 2, figureN: 948 } }),
      '2026-12-03',
    )
    expect(text).toContain('Missed: the deployment-frequency figures count 948 deployments of 950; 2 deliveries refused.')
    expect(text).not.toContain('none lost or doubled')
  })

  it('states each miss: latency over 50 ms, throughput under 200/s, and deliveries not stored', () => {
    const text = renderDeliveriesSection(
      result({
        sequential: { clients: 1, deliveries: 300, seconds: 3, perSecond: 100, p50: 40, p95: 61.5 },
        drain: { drainedSeconds: 0.4, recomputedSeconds: 1.1, stored: 949, refused: 0, figureN: 950 },
      }),
      '2026-12-03',
    )
    expect(text).toContain('| one client, sequential | 300 | 3 s | **100/s** (**missed**) | 40 ms | 61.5 ms (**missed**) |')
    expect(text).toContain(
      'Missed: p95 one at a time is 61.5 ms, over the 50 ms goal; one client sustains 100/s; 949 deployments stored for 950 deliveries.',
    )
  })
})

describe('the floor', () => {
  it("shows the smallest route's rows, and the deliveries' rate as a share of it", () => {
    const text = renderDeliveriesSection(result({}), '2026-12-03')
    expect(text).toContain('| floor: smallest route, one client | 300 requests | 0.6 s | 500/s | 2 ms | 3 ms |')
    expect(text).toContain('Deliveries ran at 50% (one client) and 50% (four) of the smallest route')
    expect(text).toContain('so the 200/s goal is within this machine')
  })

  it('says so when the smallest route itself cannot reach the rate goal', () => {
    const slow = { clients: 1, deliveries: 300, seconds: 2, perSecond: 150, p50: 6, p95: 9 }
    const text = renderDeliveriesSection(
      result({ floor: { sequential: slow, concurrent: { ...slow, clients: 4, perSecond: 180 } } }),
      '2026-12-03',
    )
    expect(text).toContain('The smallest route itself answers at most 180/s here, under the 200/s goal')
  })
})

describe('withDeliveriesSection', () => {
  it('adds the section at the end, then replaces it in place, keeping the sections around it', () => {
    const doc = '# Benchmarks\n\n## Scorecard\nfast\n'
    const once = withDeliveriesSection(doc, '\n## Webhook deliveries\nfirst\n')
    expect(once).toBe('# Benchmarks\n\n## Scorecard\nfast\n\n## Webhook deliveries\nfirst\n')
    const later = `${once}\n## Later\nkept\n`
    expect(withDeliveriesSection(later, '\n## Webhook deliveries\nsecond\n')).toBe(
      '# Benchmarks\n\n## Scorecard\nfast\n\n## Webhook deliveries\nsecond\n\n## Later\nkept\n',
    )
  })
})
