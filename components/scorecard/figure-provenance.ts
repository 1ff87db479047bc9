import type { ComputedFact } from '@/lib/db/queries/computed-figures'
import { getMetric, isMetricKey } from '@/lib/metrics/catalogue'
import { EVENT_FORMULAS, isEventMetricKey } from '@/lib/metrics/dora-events'
import { formatValue } from '@/lib/metrics/format'
import { sameNumber } from '@/lib/metrics/same-number'
import type { TeamRollup } from '@/lib/metrics/team-rollup'
import { rollupNote } from '@/lib/metrics/team-rollup-text'

const SOURCE_LABELS: Record<string, string> = {
  manual: 'Entered by hand',
  import: 'Imported',
  events: 'Computed from events',
  demo: 'Demo data',
  teams: 'Rolled up from teams',
}

/** Sources that are a person's figure: a recompute never replaces them, so they may override events. */
const OVERRIDE_SOURCES = new Set(['manual', 'import'])

/** How a figure came to be, in words: a label and the lines that qualify it. */
export interface Provenance {
  label: string
  /** "n = 412" and the formula for a computed figure; the computed value a person's figure overrides. */
  details: string[]
}

const count = (n: number) => `n = ${n.toLocaleString('en-US')}`

/**
 * "Computed from events (n = 412)" with the events formula, or, for a figure a person entered or
 * imported while events say otherwise, "Override of the computed value 20.5 h (n = 412, from events)".
 */
export function figureProvenance(
  figure: { metricKey: string; source: string; sourceRef?: string | null; value: number | null; n: number | null },
  computed: ComputedFact | undefined,
  currency: string,
  rollup: TeamRollup | null = null,
): Provenance {
  // The organisation's roll-up: what a rolled-up figure rests on, or the teams' value beside an entered one.
  const note = isMetricKey(figure.metricKey) ? rollupNote(getMetric(figure.metricKey), figure, rollup, currency) : null
  const teams = note ? [note] : []
  const base = SOURCE_LABELS[figure.source] ?? figure.source
  // An imported figure names its file, so a reader can find where the number came from.
  const label = figure.source === 'import' && figure.sourceRef ? `${base} from ${figure.sourceRef}` : base
  if (figure.source === 'events') {
    const formula = isEventMetricKey(figure.metricKey) ? [EVENT_FORMULAS[figure.metricKey]] : []
    // sourceRef names the webhook connections' providers ("github, pagerduty") behind the events.
    const from = figure.sourceRef ? `${label} via ${figure.sourceRef}` : label
    return { label: figure.n === null ? from : `${from} (${count(figure.n)})`, details: formula }
  }
  if (OVERRIDE_SOURCES.has(figure.source) && computed && computed.value !== null && !sameNumber(computed.value, figure.value)) {
    const value = isMetricKey(figure.metricKey)
      ? formatValue(getMetric(figure.metricKey), computed.value, { currency })
      : String(computed.value)
    return { label, details: [`Override of the computed value ${value} (${count(computed.n)}, from events)`, ...teams] }
  }
  return { label, details: teams }
}
