import { describe, expect, it } from 'vitest'
import { daysInQuarter } from '@/lib/metrics/quarters'
import { MIX_KEYS, mixAddsUp, mixSum } from '@/lib/metrics/investment-mix'
import { generateDemoData } from './demo-data'

describe('generateDemoData', () => {
  const { figures, quarters } = generateDemoData('2026-Q3')
  const find = (scope: string, quarter: string, key: string) =>
    figures.find((f) => f.scopeSlug === scope && f.quarter === quarter && f.metricKey === key)

  it('takes deployment frequency and the change failure rate over one deployment count, in every scope and quarter', () => {
    for (const scope of ['org', 'platform', 'payments', 'mobile']) {
      for (const quarter of quarters) {
        const frequency = find(scope, quarter, 'deployment_frequency')!
        const failureRate = find(scope, quarter, 'change_failure_rate')!
        const deployments = failureRate.inputs!.deployments
        expect(frequency.n, `${scope} ${quarter}`).toBe(deployments)
        expect(frequency.value * daysInQuarter(quarter)).toBeCloseTo(deployments, 9)
        expect(frequency.value).toBeGreaterThan(0)
      }
    }
  })

  it('gives every scope and quarter an investment mix whose three shares add up to 100', () => {
    for (const scope of ['org', 'platform', 'payments', 'mobile']) {
      for (const quarter of quarters) {
        const shares = MIX_KEYS.map((key) => find(scope, quarter, key)!.value)
        expect(mixAddsUp(mixSum(shares)), `${scope} ${quarter}: ${shares.join(' + ')}`).toBe(true)
        expect(mixSum(shares)).toBeCloseTo(100, 6)
        for (const share of shares) expect(share).toBeGreaterThan(0)
      }
    }
  })
})
