import type { ReactNode } from 'react'
import { isMixKey, mixAddsUp, mixSum, MIX_RULE } from '@/lib/metrics/investment-mix'
import { parseNumberText } from '@/lib/validation/number-input'

/** The sum of the shares typed so far, or null while none is a number. */
function typedSum(fields: Readonly<Record<string, string>>): number | null {
  const values = Object.entries(fields)
    .filter(([name]) => name.startsWith('values.') && isMixKey(name.slice('values.'.length)))
    .map(([, text]) => parseNumberText(text))
    .filter((v): v is number => typeof v === 'number')
  return values.length === 0 ? null : mixSum(values)
}

/**
 * The three investment shares as one group: they are one answer (where engineering time went), so
 * the rule that they add up to 100 (± 1) and the running sum sit with them rather than with each.
 */
export function MixGroup({ fields, error, children }: { fields: Readonly<Record<string, string>>; error?: string; children: ReactNode }) {
  const sum = typedSum(fields)
  return (
    <fieldset aria-describedby="mix-rule mix-sum" className="mt-4 min-w-0 rounded-md border border-slate-300 px-3 pb-2">
      <legend className="px-1 font-semibold text-slate-900">Investment mix</legend>
      <p id="mix-rule" className="text-sm text-slate-700">
        {MIX_RULE} House default target mix: 60 / 25 / 15.
      </p>
      <p
        id="mix-sum"
        aria-live="polite"
        className={`text-sm ${sum !== null && !mixAddsUp(sum) ? 'font-medium text-red-700' : 'text-slate-600'}`}
      >
        {sum === null ? 'No shares entered.' : `Now they add up to ${sum}.`}
      </p>
      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
      {children}
    </fieldset>
  )
}
