import { describe, expect, it } from 'vitest'
import { daysInQuarter } from '@/lib/metrics/quarters'
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
})
