'use client'

import { useActionState, useEffect, useMemo, useRef, useState } from 'react'
import { buttonClass } from '@/components/ui/button'
import { useCheckedSubmit } from '@/components/ui/use-checked-submit'
import type { EntryFormData } from '@/lib/db/queries/entry'
import { isScored, metricsInCategory, type MetricDef } from '@/lib/metrics/catalogue'
import { getCategory, type CategoryKey } from '@/lib/metrics/categories'
import { fiscalLabel, previousQuarter } from '@/lib/metrics/quarters'
import { categoryEntrySchema, derivationInputs, entryObjectFromFormData, MIX_FIELD } from '@/lib/validation/entry-schema'
import { isMixKey } from '@/lib/metrics/investment-mix'
import { numberText } from '@/lib/validation/number-input'
import { CommentaryField } from './commentary-field'
import { INITIAL_ENTRY_STATE, savedMessage, type EntryFormState } from '@/lib/actions/entry-form-state'
import { liveDerivations } from './live-derivation'
import { MetricRow } from './metric-row'
import type { NoteSettings } from './metric-notes'
import { EntryFormAlert } from './entry-form-alert'
import { ReasonField } from './reason-field'
import { hasUnsavedEdits, useUnsavedChanges } from './use-unsaved-changes'
import { MixGroup } from './mix-group'

/** The text each field starts with: what is stored (blank when nothing is), so saving unchanged changes nothing. */
function storedFields(metrics: readonly MetricDef[], data: EntryFormData): Record<string, string> {
  const fields: Record<string, string> = { commentary: data.commentary }
  for (const m of metrics) {
    fields[`values.${m.key}`] = numberText(data.figures[m.key]?.value ?? null)
    if (isScored(m)) fields[`targets.${m.key}`] = numberText(data.targets[m.key]?.value ?? null)
  }
  for (const input of derivationInputs(metrics)) {
    // A shared count (headcount) is stored with each rate; the first rate's copy is the one shown.
    const stored = metrics.map((m) => data.figures[m.key]?.inputs?.[input.key]).find((v) => v !== undefined)
    fields[`inputs.${input.key}`] = numberText(stored ?? null)
  }
  return fields
}

/** The names of the fields this form renders; an error under any other name is shown for the whole form. */
function fieldNames(metrics: readonly MetricDef[], published: boolean): Set<string> {
  return new Set([
    'commentary',
    ...(published ? ['reason'] : []),
    ...metrics.map((m) => `values.${m.key}`),
    ...metrics.filter(isScored).map((m) => `targets.${m.key}`),
    ...derivationInputs(metrics).map((i) => `inputs.${i.key}`),
    ...(metrics.some((m) => isMixKey(m.key)) ? [MIX_FIELD] : []),
  ])
}

export function EntryForm({
  action,
  scopeId,
  quarter,
  category,
  data,
  settings,
  readOnly,
}: {
  action: (state: EntryFormState, formData: FormData) => Promise<EntryFormState>
  scopeId: string
  quarter: string
  category: CategoryKey
  data: EntryFormData
  settings: NoteSettings
  readOnly: boolean
}) {
  const metrics = useMemo(() => metricsInCategory(category), [category])
  const [state, formAction, pending] = useActionState(action, INITIAL_ENTRY_STATE)
  // Published when the page was drawn, or since: the server then asks for a reason (the page's
  // data catches up on the next load).
  const published = data.publishedAt !== null || state.fieldErrors.reason !== undefined
  const schema = useMemo(() => categoryEntrySchema(category, { published }), [category, published])
  // Controlled fields: what the person typed stays on screen whatever the server answers.
  const [fields, setFields] = useState(() => state.fields ?? storedFields(metrics, data))
  // What is stored as far as this form knows: what it was drawn with, then what it last saved.
  const [saved, setSaved] = useState(() => storedFields(metrics, data))
  useUnsavedChanges(!readOnly && hasUnsavedEdits(fields, saved))
  // Always checked here first: the schema runs in the browser, then the action.
  const { clientErrors, focusRequest, handleSubmit } = useCheckedSubmit({
    schema,
    read: entryObjectFromFormData,
    dispatch: formAction,
    blocked: readOnly || pending,
  })
  const formRef = useRef<HTMLFormElement>(null)
  const alertRef = useRef<HTMLDivElement>(null)
  const submitRef = useRef<HTMLButtonElement>(null)

  const categoryLabel = getCategory(category).label
  const quarterLabel = fiscalLabel(quarter, settings.fiscalStartMonth)
  const live = liveDerivations(metrics, fields)
  const errors = clientErrors ?? (state.outcome === 'saved' ? {} : state.fieldErrors)
  const conflicts = clientErrors ? {} : state.conflicts
  const versions: Record<string, number> = {
    ...Object.fromEntries(metrics.map((m) => [m.key, data.figures[m.key]?.version ?? 0])),
    ...state.versions,
  }
  const names = fieldNames(metrics, published)
  const fieldErrorCount = Object.keys(errors).filter((name) => names.has(name)).length
  const formErrors = Object.entries(errors)
    .filter(([name]) => !names.has(name))
    .map(([, message]) => message)

  function setField(name: string, value: string) {
    setFields((current) => ({ ...current, [name]: value }))
  }

  const mixMetrics = metrics.filter((m) => isMixKey(m.key))
  const row = (metric: MetricDef) => (
    <MetricRow
      key={metric.key}
      metric={metric}
      figure={data.figures[metric.key]}
      computed={data.computed[metric.key]}
      previous={data.previous[metric.key]}
      target={data.targets[metric.key]}
      lastQuarter={previousQuarter(quarter)}
      settings={settings}
      fields={fields}
      setField={setField}
      errors={errors}
      conflict={conflicts[metric.key]}
      version={versions[metric.key] ?? 0}
      live={live[metric.key]}
    />
  )

  // A reason explains one restatement: once it is saved, the next change needs its own. Cleared
  // while rendering the new answer (React's pattern for state that follows a prop), not in an effect.
  const [answered, setAnswered] = useState(state)
  if (state !== answered) {
    setAnswered(state)
    if (state.outcome === 'saved') {
      setFields((current) => ({ ...current, reason: '' }))
      setSaved({ ...(state.fields ?? fields), reason: '' })
    }
  }

  // After a refused submission, take the person to the first field to fix (or the message).
  useEffect(() => {
    if (focusRequest === 0 && state.seq === 0) return
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    if (invalid) invalid.focus()
    else if (alertRef.current?.textContent) alertRef.current.focus()
    else if (document.activeElement === document.body) submitRef.current?.focus()
  }, [focusRequest, state.seq])

  const status = pending
    ? 'Saving…'
    : state.outcome === 'saved' && !clientErrors
      ? savedMessage(state.changed, categoryLabel, quarterLabel)
      : ''

  return (
    <form ref={formRef} action={formAction} onSubmit={handleSubmit} noValidate aria-labelledby="entry-form-title">
      <input type="hidden" name="scope" value={scopeId} />
      <input type="hidden" name="quarter" value={quarter} />
      <input type="hidden" name="category" value={category} />
      <fieldset disabled={readOnly} className="min-w-0">
        {metrics.filter((m) => !isMixKey(m.key)).map(row)}
        {mixMetrics.length > 0 ? (
          <MixGroup fields={fields} error={errors[MIX_FIELD]}>
            {mixMetrics.map(row)}
          </MixGroup>
        ) : null}
        <CommentaryField
          categoryLabel={categoryLabel}
          value={fields.commentary ?? ''}
          onChange={(value) => setField('commentary', value)}
          error={errors.commentary}
        />
        {published ? (
          <ReasonField value={fields.reason ?? ''} onChange={(value) => setField('reason', value)} error={errors.reason} />
        ) : null}
      </fieldset>

      <div className="mt-6 flex flex-wrap items-center gap-4 border-t border-slate-200 pt-4">
        {readOnly ? null : (
          <button ref={submitRef} type="submit" disabled={pending} className={`${buttonClass('primary')} px-4 py-2`}>
            {pending ? 'Saving…' : 'Save changes'}
          </button>
        )}
        <p role="status" className="text-sm font-medium text-green-800">
          {status}
        </p>
      </div>
      <EntryFormAlert
        ref={alertRef}
        conflictCount={Object.keys(conflicts).length}
        fieldErrorCount={fieldErrorCount}
        formErrors={formErrors}
      />
    </form>
  )
}
