import type { MetricDef } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'
import { sameNumber } from '@/lib/metrics/same-number'
import { fiscalLabel, type FiscalStartMonth } from '@/lib/metrics/quarters'
import type { EffectiveTarget } from '@/lib/metrics/targets'
import { UNITS } from '@/lib/metrics/units'
import type { ComputedFact } from '@/lib/db/queries/computed-figures'
import type { EntryFigure } from '@/lib/db/queries/entry'

/** How the form prints figures and dates: the organisation's settings. */
export interface NoteSettings {
  currency: string
  timeZone: string
  fiscalStartMonth: FiscalStartMonth
}

/** The unit shown beside a field; money shows the organisation's currency code. */
export function unitText(metric: MetricDef, settings: NoteSettings): string {
  return metric.unit === 'currency' ? settings.currency : UNITS[metric.unit].label
}

function withN(text: string, n: number | null): string {
  return n === null ? text : `${text}, n = ${n.toLocaleString('en-US')}`
}

/** A date as YYYY-MM-DD in the organisation's time zone (not the server's, not UTC). */
export function dayOf(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso))
}

/** "Saved: 99.95% (manual, 2026-10-02 by Jane)", or "No data yet". */
export function savedNote(metric: MetricDef, figure: EntryFigure | undefined, settings: NoteSettings): string {
  if (!figure || figure.value === null) return 'No data yet'
  const value = withN(formatValue(metric, figure.value, settings), figure.n)
  const by = figure.updatedBy ? ` by ${figure.updatedBy}` : ''
  return `Saved: ${value} (${figure.source}, ${dayOf(figure.updatedAt, settings.timeZone)}${by})`
}

/**
 * "Computed from events: 20.5 h, n = 412 — saving a different value overrides it", or null when
 * events gave no value. Saving a value records it as a person's figure (source manual, audited,
 * version bumped), which later recomputes keep; the computed value stays beside it.
 */
export function computedNote(
  metric: MetricDef,
  computed: ComputedFact | undefined,
  figure: EntryFigure | undefined,
  settings: NoteSettings,
): string | null {
  if (!computed || computed.value === null) return null
  const value = withN(formatValue(metric, computed.value, settings), computed.n)
  const overridden = figure !== undefined && (figure.source === 'manual' || figure.source === 'import')
  const sameValue = sameNumber(figure?.value ?? null, computed.value)
  const tail = overridden && !sameValue ? 'the saved value overrides it' : 'saving a different value overrides it'
  return `Computed from events: ${value} — ${tail}`
}

/** "Last quarter (FY2026 Q2): 99.93%". */
export function previousNote(
  metric: MetricDef,
  previous: { value: number | null; n: number | null } | undefined,
  lastQuarter: string,
  settings: NoteSettings,
): string {
  const value = previous && previous.value !== null ? withN(formatValue(metric, previous.value, settings), previous.n) : 'no data'
  return `Last quarter (${fiscalLabel(lastQuarter, settings.fiscalStartMonth)}): ${value}`
}

/** Where the target in the field comes from. */
export function targetNote(target: EffectiveTarget, settings: NoteSettings): string {
  const quarter = target.setIn ? fiscalLabel(target.setIn, settings.fiscalStartMonth) : ''
  switch (target.origin) {
    case 'set':
      return target.value === null ? `Cleared for ${quarter}` : `Set for ${quarter}`
    case 'carried':
      return target.value === null ? `Cleared in ${quarter}; no target since` : `Carried over from ${quarter}`
    case 'default':
      return target.value === null ? 'No default target' : 'Catalogue default'
  }
}

/** A derived rate as the read-only field shows it: at most 2 decimals, no grouping. */
export function rateText(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false }).format(value)
}
