import type { MetricDef } from '@/lib/metrics/catalogue'
import type { DerivationInput } from '@/lib/metrics/derivations'
import { derivationInputs, derivationState, type DerivationState } from '@/lib/validation/entry-schema'
import { countInputSchema } from '@/lib/validation/number-input'

/** A derived metric's state while the person types: the schema's own rules, plus a bad count's message. */
export interface LiveDerivation {
  state: DerivationState
  /** The first count of this rate that is not a whole number ≥ 0, as the schema words it. */
  countError: string | null
  /** The counts this metric's row shows, and those it shares with a row above (shown there). */
  countsHere: DerivationInput[]
  countsAbove: { input: DerivationInput; shownWith: string }[]
}

/** For each derived metric, what the form shows as the person types (the server derives it again). */
export function liveDerivations(metrics: readonly MetricDef[], fields: Readonly<Record<string, string>>): Record<string, LiveDerivation> {
  const counts: Record<string, number | null> = {}
  const errors: Record<string, string> = {}
  for (const input of derivationInputs(metrics)) {
    const parsed = countInputSchema(input.label).safeParse(fields[`inputs.${input.key}`] ?? '')
    if (parsed.success) counts[input.key] = parsed.data
    else {
      errors[input.key] = parsed.error.issues[0]?.message ?? `${input.label} must be a whole number.`
      // A bad count is still a count given: it engages the rate, whose message then names it.
      counts[input.key] = Number.NaN
    }
  }
  const shownIn = new Map<string, string>()
  const live: Record<string, LiveDerivation> = {}
  for (const metric of metrics) {
    if (!metric.derivation) continue
    const countsHere: DerivationInput[] = []
    const countsAbove: LiveDerivation['countsAbove'] = []
    for (const input of metric.derivation.inputs) {
      const shownWith = shownIn.get(input.key)
      if (shownWith) countsAbove.push({ input, shownWith })
      else {
        countsHere.push(input)
        shownIn.set(input.key, metric.label)
      }
    }
    const bad = metric.derivation.inputs.find((i) => errors[i.key])
    live[metric.key] = {
      state: derivationState(metric, metrics, counts),
      countError: bad ? errors[bad.key] : null,
      countsHere,
      countsAbove,
    }
  }
  return live
}
