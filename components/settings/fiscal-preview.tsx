import { calendarSpan, fiscalLabel, FISCAL_START_MONTHS, type FiscalStartMonth } from '@/lib/metrics/quarters'

function isFiscalStart(month: number): month is FiscalStartMonth {
  return (FISCAL_START_MONTHS as readonly number[]).includes(month)
}

/** How a quarter will be labelled with the chosen fiscal start, updated as the choice changes. */
export function FiscalPreview({ quarter, fiscalStartMonth }: { quarter: string; fiscalStartMonth: number }) {
  if (!isFiscalStart(fiscalStartMonth)) return null
  return (
    <p aria-live="polite" className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-inset ring-slate-200">
      Preview: <span className="font-mono">{quarter}</span> ({calendarSpan(quarter)}) is labelled{' '}
      <strong>{fiscalLabel(quarter, fiscalStartMonth)}</strong>.
    </p>
  )
}
