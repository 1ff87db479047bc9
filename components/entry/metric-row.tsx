'use client'

import type { Conflict } from '@/lib/db/services/save-category-entry'
import type { ComputedFact } from '@/lib/db/queries/computed-figures'
import type { EntryFigure } from '@/lib/db/queries/entry'
import { isScored, type MetricDef } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'
import type { EffectiveTarget } from '@/lib/metrics/targets'
import type { FieldErrors } from '@/lib/validation/field-errors'
import { CountFields } from './count-fields'
import { fieldId } from '@/lib/actions/entry-form-state'
import type { LiveDerivation } from './live-derivation'
import { computedNote, dayOf, previousNote, rateText, savedNote, targetNote, unitText, type NoteSettings } from './metric-notes'
import { NumberField } from './number-field'

function conflictMessage(metric: MetricDef, conflict: Conflict, settings: NoteSettings): string {
  const who = conflict.updatedBy ? ` by ${conflict.updatedBy}` : ''
  return (
    `Someone else saved this since you opened the form: now ${formatValue(metric, conflict.value, settings)}` +
    ` (${dayOf(conflict.updatedAt, settings.timeZone)}${who}). Your value is kept: save again to replace theirs.`
  )
}

/** One metric of the entry form: what it is and what was saved on the left, the fields on the right. */
export function MetricRow({
  metric,
  figure,
  previous,
  target,
  lastQuarter,
  settings,
  fields,
  setField,
  errors,
  conflict,
  version,
  live,
  computed,
}: {
  metric: MetricDef
  figure: EntryFigure | undefined
  previous: { value: number | null; n: number | null } | undefined
  target: EffectiveTarget
  lastQuarter: string
  settings: NoteSettings
  fields: Readonly<Record<string, string>>
  setField: (name: string, value: string) => void
  errors: FieldErrors
  conflict: Conflict | undefined
  version: number
  live: LiveDerivation | undefined
  /** The value computed from events, if any: saving a different value overrides it. */
  computed?: ComputedFact
}) {
  const valueName = `values.${metric.key}`
  const targetName = `targets.${metric.key}`
  const id = fieldId(valueName)
  const ids = {
    definition: `${id}-definition`,
    saved: `${id}-saved`,
    computed: `${id}-computed`,
    derived: `${id}-derived`,
    target: `${fieldId(targetName)}-origin`,
  }
  const unit = unitText(metric, settings)
  const derived = live !== undefined && live.state.kind !== 'typed'
  const fromEvents = computedNote(metric, computed, figure, settings)
  const valueError = conflict ? conflictMessage(metric, conflict, settings) : errors[valueName]

  return (
    <div className="grid gap-x-8 gap-y-4 border-t border-slate-200 py-5 first:border-t-0 md:grid-cols-2">
      <div>
        <label htmlFor={id} className="font-medium text-slate-900">
          {metric.label}
        </label>
        {isScored(metric) ? null : <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">context only</span>}
        <p id={ids.definition} className="mt-1 text-sm text-slate-600">
          {metric.definition}
        </p>
        <dl className="mt-2 space-y-0.5 text-sm">
          <div>
            <dt className="sr-only">Stored value</dt>
            <dd id={ids.saved} className={figure?.value != null ? 'text-slate-800' : 'text-slate-500'}>
              {savedNote(metric, figure, settings)}
            </dd>
          </div>
          {fromEvents ? (
            <div>
              <dt className="sr-only">Computed from events</dt>
              <dd id={ids.computed} className="text-slate-700">
                {fromEvents}
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="sr-only">Last quarter</dt>
            <dd className="text-slate-500">{previousNote(metric, previous, lastQuarter, settings)}</dd>
          </div>
        </dl>
      </div>

      <div className="space-y-4">
        <div>
          <NumberField
            id={id}
            // A rate derived from counts is shown, not sent: the server derives it from the counts itself.
            name={derived ? undefined : valueName}
            value={derived ? (live.state.kind === 'derived' ? rateText(live.state.value) : '') : (fields[valueName] ?? '')}
            onChange={(value) => setField(valueName, value)}
            readOnly={derived}
            unit={unit}
            error={valueError}
            describedBy={[ids.definition, ids.saved, ...(fromEvents ? [ids.computed] : []), ...(live ? [ids.derived] : [])]}
            allowNegative={metric.unit === 'score'}
          />
          <input type="hidden" name={`versions.${metric.key}`} value={version} />
        </div>

        {live ? (
          <CountFields
            metric={metric}
            live={live}
            fields={fields}
            setField={setField}
            errors={errors}
            outputId={ids.derived}
            currency={settings.currency}
          />
        ) : null}

        {isScored(metric) ? (
          <div>
            <label htmlFor={fieldId(targetName)} className="mb-1 block text-sm text-slate-700">
              Target for {metric.label}
            </label>
            <NumberField
              id={fieldId(targetName)}
              name={targetName}
              value={fields[targetName] ?? ''}
              onChange={(value) => setField(targetName, value)}
              unit={unit}
              error={errors[targetName]}
              describedBy={[ids.target]}
              allowNegative={metric.unit === 'score'}
            />
            <p id={ids.target} className="mt-1 text-xs text-slate-500">
              {targetNote(target, settings)}
            </p>
          </div>
        ) : (
          <p className="text-sm text-slate-500">Context only: shown beside the scorecard, never scored, so no target.</p>
        )}
      </div>
    </div>
  )
}
