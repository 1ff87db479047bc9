'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { describedBy, firstErrorField, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import type { ActionState } from '@/lib/actions/action-state'
import { submitWithoutReset } from '@/components/ui/submit-without-reset'
import { fieldErrorsOf } from '@/lib/validation/field-errors'
import { settingsSchema, type Settings } from '@/lib/validation/settings-schema'
import { FiscalPreview } from './fiscal-preview'
import { SEVERITY_WEIGHT_FIELDS, SeverityWeightsFields } from './severity-weights-fields'
import { hasUnsavedEdits, useUnsavedChanges } from '@/components/entry/use-unsaved-changes'

type SettingsAction = (state: ActionState, formData: FormData) => Promise<ActionState>
type Values = Record<keyof Settings, string>

const FIELDS: readonly (keyof Settings)[] = [
  'orgName',
  'fiscalStartMonth',
  'timeZone',
  'currency',
  'defaultBenchmarkSet',
  'reportPageSize',
  ...SEVERITY_WEIGHT_FIELDS.map((f) => f.key),
]

export interface SettingsFormOptions {
  fiscalMonths: readonly { value: number; label: string }[]
  benchmarkSets: readonly { value: string; label: string }[]
  timeZones: readonly string[]
  currencies: readonly string[]
  /** The quarter the fiscal preview labels, e.g. the current one. */
  exampleQuarter: string
}

/**
 * The organisation's settings. Inputs are controlled and the submit skips React's form reset, so a
 * refused submit keeps what was typed and chosen (a reset would put the selects back to the saved values).
 */
export function SettingsForm({ action, settings, options }: { action: SettingsAction; settings: Settings; options: SettingsFormOptions }) {
  const [values, setValues] = useState<Values>(() => {
    const entries = FIELDS.map((key) => [key, String(settings[key])])
    return Object.fromEntries(entries) as Values
  })
  // The settings as stored as far as this form knows: as drawn, then as last saved.
  const [saved, setSaved] = useState(values)
  const formRef = useRef<HTMLFormElement>(null)
  const [state, formAction, pending] = useActionState<ActionState, FormData>(async (prev, formData) => {
    const checked = settingsSchema.safeParse(Object.fromEntries(formData))
    if (!checked.success) return { ok: false, fieldErrors: fieldErrorsOf(checked.error) }
    return action(prev, formData)
  }, null)

  const [answered, setAnswered] = useState(state)
  if (state !== answered) {
    setAnswered(state)
    if (state?.ok) setSaved(values)
  }
  useUnsavedChanges(hasUnsavedEdits(values, saved))

  useEffect(() => {
    const field = firstErrorField(state, FIELDS)
    if (field) formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
  }, [state])

  const errors = state && !state.ok ? state.fieldErrors : {}
  const set = (key: keyof Settings) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }))
  const hints = {
    fiscalStartMonth:
      'Only months that start a calendar quarter: figures are stored per calendar quarter, so every fiscal quarter must be one of them. Changing this relabels quarters; no figure changes.',
    timeZone:
      'An IANA name such as Europe/London. Days and quarters are counted in this zone; changing it recomputes figures from deployment and incident events.',
    currency: 'A three-letter code such as USD or EUR, used to show money figures.',
    defaultBenchmarkSet: 'Applies to quarters recorded from now on. Quarters already recorded keep the set they were judged against.',
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="max-w-3xl space-y-4">
      <FormField id="orgName" label="Organisation name" error={errors.orgName}>
        <input
          {...describedBy('orgName', { error: errors.orgName })}
          name="orgName"
          value={values.orgName}
          onChange={set('orgName')}
          maxLength={120}
          autoComplete="organization"
          className={INPUT_CLASS}
        />
      </FormField>
      <FormField id="fiscalStartMonth" label="Fiscal year starts in" hint={hints.fiscalStartMonth} error={errors.fiscalStartMonth}>
        <select
          {...describedBy('fiscalStartMonth', { hint: hints.fiscalStartMonth, error: errors.fiscalStartMonth })}
          name="fiscalStartMonth"
          value={values.fiscalStartMonth}
          onChange={set('fiscalStartMonth')}
          className={`${INPUT_CLASS} sm:w-60`}
        >
          {options.fiscalMonths.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </FormField>
      <FiscalPreview quarter={options.exampleQuarter} fiscalStartMonth={Number(values.fiscalStartMonth)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="timeZone" label="Time zone" hint={hints.timeZone} error={errors.timeZone}>
          <input
            {...describedBy('timeZone', { hint: hints.timeZone, error: errors.timeZone })}
            name="timeZone"
            value={values.timeZone}
            onChange={set('timeZone')}
            list="time-zones"
            autoComplete="off"
            spellCheck={false}
            className={INPUT_CLASS}
          />
          <datalist id="time-zones">
            {options.timeZones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </FormField>
        <FormField id="currency" label="Currency" hint={hints.currency} error={errors.currency}>
          <input
            {...describedBy('currency', { hint: hints.currency, error: errors.currency })}
            name="currency"
            value={values.currency}
            onChange={(e) => setValues((v) => ({ ...v, currency: e.target.value.toUpperCase() }))}
            list="currencies"
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            className={`${INPUT_CLASS} font-mono sm:w-32`}
          />
          <datalist id="currencies">
            {options.currencies.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </FormField>
      </div>
      <FormField
        id="defaultBenchmarkSet"
        label="Benchmark set for new quarters"
        hint={hints.defaultBenchmarkSet}
        error={errors.defaultBenchmarkSet}
      >
        <select
          {...describedBy('defaultBenchmarkSet', { hint: hints.defaultBenchmarkSet, error: errors.defaultBenchmarkSet })}
          name="defaultBenchmarkSet"
          value={values.defaultBenchmarkSet}
          onChange={set('defaultBenchmarkSet')}
          className={`${INPUT_CLASS} sm:w-80`}
        >
          {options.benchmarkSets.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="reportPageSize"
        label="Board report paper size"
        hint="The PDF is landscape on this paper."
        error={errors.reportPageSize}
      >
        <select
          {...describedBy('reportPageSize', { hint: 'The PDF is landscape on this paper.', error: errors.reportPageSize })}
          name="reportPageSize"
          value={values.reportPageSize}
          onChange={set('reportPageSize')}
          className={`${INPUT_CLASS} sm:w-80`}
        >
          <option value="A4">A4</option>
          <option value="LETTER">US Letter</option>
        </select>
      </FormField>
      <SeverityWeightsFields values={values} errors={errors} onChange={set} />
      {errors.form ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save settings'}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {state?.ok ? state.message : ''}
        </p>
      </div>
    </form>
  )
}
