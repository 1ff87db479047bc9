import { describedBy, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import type { Settings } from '@/lib/validation/settings-schema'

export const SEVERITY_WEIGHT_FIELDS = [
  { key: 'severityWeightCritical', label: 'Critical' },
  { key: 'severityWeightHigh', label: 'High' },
  { key: 'severityWeightMedium', label: 'Medium' },
  { key: 'severityWeightLow', label: 'Low' },
] as const satisfies readonly { key: keyof Settings; label: string }[]

type WeightKey = (typeof SEVERITY_WEIGHT_FIELDS)[number]['key']

const HINT =
  'Whole numbers from 0 to 100. The security severity index is the sum of each severity’s incidents times its weight; it is scored instead of the four counts one by one.'

/** The weights of the security severity index, one number field per severity. */
export function SeverityWeightsFields({
  values,
  errors,
  onChange,
}: {
  values: Record<WeightKey, string>
  errors: Partial<Record<string, string>>
  onChange: (key: WeightKey) => (e: { target: { value: string } }) => void
}) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-3" aria-describedby="severity-weights-hint">
      <legend className="px-1 text-sm font-medium text-slate-900">Security severity weights</legend>
      <p id="severity-weights-hint" className="mb-2 text-sm text-slate-600">
        {HINT}
      </p>
      <div className="grid gap-4 sm:grid-cols-4">
        {SEVERITY_WEIGHT_FIELDS.map(({ key, label }) => (
          <FormField key={key} id={key} label={`${label} weight`} error={errors[key]}>
            <input
              {...describedBy(key, { error: errors[key] })}
              name={key}
              value={values[key]}
              onChange={onChange(key)}
              inputMode="numeric"
              autoComplete="off"
              className={`${INPUT_CLASS} sm:w-24`}
            />
          </FormField>
        ))}
      </div>
    </fieldset>
  )
}
