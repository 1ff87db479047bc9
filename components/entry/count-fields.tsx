'use client'

import type { MetricDef } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'
import type { FieldErrors } from '@/lib/validation/field-errors'
import { fieldId } from '@/lib/actions/entry-form-state'
import type { LiveDerivation } from './live-derivation'
import { NumberField } from './number-field'

function liveText(metric: MetricDef, live: LiveDerivation, currency: string): string {
  if (live.countError) return live.countError
  const { state } = live
  switch (state.kind) {
    case 'typed':
      return 'No counts given: the rate above is typed directly (n unknown).'
    case 'incomplete':
      return `Enter ${state.missing.map((i) => i.label.toLowerCase()).join(' and ')} to derive the rate.`
    case 'invalid':
      return state.message
    case 'derived':
      return `Derived: ${formatValue(metric, state.value, { currency })}, n = ${state.n.toLocaleString('en-US')}`
  }
}

/**
 * The counts a rate is derived from, and the rate derived live as the person types (the same
 * derivation the schema runs; the server runs it again). A count shared with a rate above
 * (headcount) is entered once, there.
 */
export function CountFields({
  metric,
  live,
  fields,
  setField,
  errors,
  outputId,
  currency,
}: {
  metric: MetricDef
  live: LiveDerivation
  fields: Readonly<Record<string, string>>
  setField: (name: string, value: string) => void
  errors: FieldErrors
  outputId: string
  currency: string
}) {
  const text = liveText(metric, live, currency)
  const bad = live.countError !== null || live.state.kind === 'invalid'
  return (
    <fieldset className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">Counts for {metric.label}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {live.countsHere.map((input) => {
          const name = `inputs.${input.key}`
          return (
            <div key={input.key}>
              <label htmlFor={fieldId(name)} className="mb-1 block text-sm text-slate-700">
                {input.label}
              </label>
              <NumberField
                id={fieldId(name)}
                name={name}
                value={fields[name] ?? ''}
                onChange={(value) => setField(name, value)}
                error={errors[name]}
                describedBy={[outputId]}
              />
            </div>
          )
        })}
      </div>
      {live.countsAbove.length > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          Also uses {live.countsAbove.map((c) => c.input.label.toLowerCase()).join(' and ')}, entered with {live.countsAbove[0].shownWith}.
        </p>
      ) : null}
      {/* Not a live region: announcing every keystroke is noise. Each count and the rate field are
          described by it, so it is read on focus. */}
      <p
        id={outputId}
        className={`mt-2 text-sm ${bad ? 'text-amber-800' : live.state.kind === 'derived' ? 'font-medium text-slate-900' : 'text-slate-600'}`}
      >
        {text}
      </p>
      <p className="mt-1 text-xs text-slate-500">Formula: {metric.derivation?.formula}</p>
    </fieldset>
  )
}
