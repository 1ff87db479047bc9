'use client'

import { REASON_MAX } from '@/lib/validation/entry-schema'
import { fieldId } from '@/lib/actions/entry-form-state'

/**
 * Why a published quarter is being changed. Required there: each changed figure is recorded as a
 * restatement with this reason, and the scorecard marks it.
 */
export function ReasonField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const id = fieldId('reason')
  const length = value.replace(/\r\n?/g, '\n').length
  return (
    <div className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4">
      <label htmlFor={id} className="font-medium text-slate-900">
        Reason for restatement <span className="font-normal text-slate-600">(required)</span>
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
        Shown with every changed figure in its history and on the scorecard, e.g. &ldquo;Two releases were reported late by the mobile
        team.&rdquo;
      </p>
      <textarea
        id={id}
        name="reason"
        rows={2}
        maxLength={REASON_MAX}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : null, `${id}-hint`, `${id}-count`].filter(Boolean).join(' ')}
        className={`mt-2 block w-full rounded-md border px-3 py-2 text-sm shadow-sm ${error ? 'border-red-600 bg-red-50' : 'border-slate-300 bg-white'}`}
      />
      <div className="mt-1 flex justify-between gap-4 text-sm">
        {error ? (
          <p id={`${id}-error`} className="text-red-700">
            {error}
          </p>
        ) : (
          <span />
        )}
        <p id={`${id}-count`} className="text-slate-500 tabular-nums">
          {length} / {REASON_MAX} characters
        </p>
      </div>
    </div>
  )
}
