import { CATALOGUE, type MetricDef } from '@/lib/metrics/catalogue'
import type { Derivation } from '@/lib/metrics/derivations'

/** Counts used to show each derivation at work; the rate itself comes from the derivation's compute. */
const EXAMPLE_COUNTS: Record<string, number> = {
  leavers: 3,
  regrettedLeavers: 1,
  headcountStart: 40,
  headcountEnd: 44,
  promoters: 22,
  passives: 12,
  detractors: 6,
  failedDeployments: 9,
  deployments: 120,
}

export interface DerivationExample {
  metric: MetricDef & { derivation: Derivation }
  counts: { label: string; value: number }[]
  result: { value: number; n: number } | null
}

/** Every catalogue metric that can be derived from counts, each with a worked example. */
export function derivationExamples(): DerivationExample[] {
  return CATALOGUE.flatMap((metric) => {
    const derivation = metric.derivation
    if (!derivation) return []
    const known = derivation.inputs.every((i) => EXAMPLE_COUNTS[i.key] !== undefined)
    const counts = derivation.inputs.map((i) => ({ label: i.label, value: EXAMPLE_COUNTS[i.key] ?? 0 }))
    const computed = known ? derivation.compute(EXAMPLE_COUNTS) : null
    const result = computed && 'value' in computed ? computed : null
    return [{ metric: { ...metric, derivation }, counts, result }]
  })
}
