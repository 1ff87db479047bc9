import type { Plan } from './plan'

/** The plan fields that hold instants: JSON carries them as ISO text, the plan as Dates. */
const INSTANTS = new Set(['deployedAt', 'headCommittedAt', 'openedAt', 'at', 'committedAt'])

/** A plan as the delivery queue stores it (Delivery.plan). */
export function encodePlan(plan: Plan): string {
  return JSON.stringify(plan)
}

/** A stored plan back, its instants as Dates again. */
export function decodePlan(json: string): Plan {
  return JSON.parse(json, (key, value: unknown) => (INSTANTS.has(key) && typeof value === 'string' ? new Date(value) : value)) as Plan
}
