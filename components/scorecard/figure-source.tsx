import type { ComputedFact } from '@/lib/db/queries/computed-figures'
import type { FigureFact } from '@/lib/metrics/scorecard-model'
import type { TeamRollup } from '@/lib/metrics/team-rollup'
import { figureProvenance } from './figure-provenance'

/**
 * How a figure got here and when it last changed; the date is read in the organisation's time zone.
 * A figure computed from events says over how many events and by which formula; a person's figure
 * that overrides a computed one says what the computed value is.
 */
export function FigureSource({
  figure,
  timeZone,
  computed,
  currency = 'USD',
  rollup = null,
}: {
  figure: FigureFact | null
  timeZone: string
  /** The value computed from events for this figure, if any. */
  computed?: ComputedFact
  currency?: string
  /** The organisation's roll-up of the teams' figures, shown with a rolled-up or differing figure. */
  rollup?: TeamRollup | null
}) {
  if (!figure) return <span className="text-slate-500">No figure</span>
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone }).format(figure.updatedAt)
  const { label, details } = figureProvenance(figure, computed, currency, rollup)
  return (
    <span>
      <span className="block text-slate-800">{label}</span>
      {details.map((line) => (
        // Formulas and overrides are sentences: they wrap even in a no-wrap table cell.
        <span key={line} className="block max-w-72 text-xs whitespace-normal text-slate-600">
          {line}
        </span>
      ))}
      <span className="block text-xs text-slate-500">
        Updated <time dateTime={figure.updatedAt.toISOString()}>{when}</time>
        {figure.updatedBy ? ` by ${figure.updatedBy}` : null}
      </span>
    </span>
  )
}
