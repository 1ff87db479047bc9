/**
 * Rates that people compute from counts. The entry form and the import take the
 * counts; these pure functions turn them into the rate, and the counts are kept with the figure
 * as its sample size n.
 */

/** A count a derivation asks for; its label is what the form field is called. */
export interface DerivationInput {
  key: string
  label: string
}

export interface Derivation {
  inputs: readonly DerivationInput[]
  /** Human-readable formula, shown beside the derived value. */
  formula: string
  /**
   * The rate and its n, or an error message that names the problem. Called only when every
   * input is present; inputs are whole numbers ≥ 0 (the form schema checks that first).
   */
  compute(inputs: Record<string, number>): { value: number; n: number } | { error: string; input: string }
}

const leavers = { key: 'leavers', label: 'Leavers in the quarter' }
const regrettedLeavers = { key: 'regrettedLeavers', label: 'Regretted leavers in the quarter' }
const headcountStart = { key: 'headcountStart', label: 'Headcount at quarter start' }
const headcountEnd = { key: 'headcountEnd', label: 'Headcount at quarter end' }

/** Annualized attrition: leavers ÷ average headcount × 4, where average = (start + end) ÷ 2. */
function annualizedAttrition(leaverKey: string) {
  return (inputs: Record<string, number>) => {
    const average = (inputs.headcountStart + inputs.headcountEnd) / 2
    if (average <= 0) return { error: 'Headcount at start and end cannot both be 0.', input: 'headcountEnd' }
    if (leaverKey === 'regrettedLeavers' && inputs.leavers !== undefined && inputs.regrettedLeavers > inputs.leavers) {
      return { error: 'Regretted leavers cannot exceed leavers.', input: 'regrettedLeavers' }
    }
    // n is the population the rate is taken over: the average headcount, rounded to a person.
    return { value: (inputs[leaverKey] / average) * 4 * 100, n: Math.round(average) }
  }
}

export const ATTRITION: Derivation = {
  inputs: [leavers, headcountStart, headcountEnd],
  formula: 'leavers ÷ ((headcount at start + headcount at end) ÷ 2) × 4 × 100',
  compute: annualizedAttrition('leavers'),
}

export const REGRETTED_ATTRITION: Derivation = {
  inputs: [regrettedLeavers, headcountStart, headcountEnd],
  formula: 'regretted leavers ÷ ((headcount at start + headcount at end) ÷ 2) × 4 × 100',
  compute: annualizedAttrition('regrettedLeavers'),
}

export const ENPS: Derivation = {
  inputs: [
    { key: 'promoters', label: 'Promoters (9–10)' },
    { key: 'passives', label: 'Passives (7–8)' },
    { key: 'detractors', label: 'Detractors (0–6)' },
  ],
  formula: '(promoters − detractors) ÷ (promoters + passives + detractors) × 100',
  compute(inputs) {
    const total = inputs.promoters + inputs.passives + inputs.detractors
    if (total <= 0) return { error: 'At least one survey answer is needed.', input: 'promoters' }
    return { value: ((inputs.promoters - inputs.detractors) / total) * 100, n: total }
  },
}

export const CHANGE_FAILURE_RATE: Derivation = {
  inputs: [
    { key: 'failedDeployments', label: 'Deployments needing remediation' },
    { key: 'deployments', label: 'Production deployments' },
  ],
  formula: 'deployments needing remediation ÷ deployments × 100',
  compute(inputs) {
    if (inputs.deployments <= 0) return { error: 'Deployments must be at least 1.', input: 'deployments' }
    if (inputs.failedDeployments > inputs.deployments) {
      return { error: 'Failed deployments cannot exceed deployments.', input: 'failedDeployments' }
    }
    return { value: (inputs.failedDeployments / inputs.deployments) * 100, n: inputs.deployments }
  },
}
