import type { FigureFact } from '@/lib/metrics/scorecard-model'

const SOURCE_LABELS: Record<string, string> = {
  manual: 'Entered by hand',
  import: 'Imported',
  events: 'Computed from events',
  demo: 'Demo data',
}

/** How a figure got here and when it last changed; the date is read in the organisation's time zone. */
export function FigureSource({ figure, timeZone }: { figure: FigureFact | null; timeZone: string }) {
  if (!figure) return <span className="text-slate-500">No figure</span>
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone }).format(figure.updatedAt)
  return (
    <span>
      <span className="block text-slate-800">{SOURCE_LABELS[figure.source] ?? figure.source}</span>
      <span className="block text-xs text-slate-500">
        Updated <time dateTime={figure.updatedAt.toISOString()}>{when}</time>
        {figure.updatedBy ? ` by ${figure.updatedBy}` : null}
      </span>
    </span>
  )
}
