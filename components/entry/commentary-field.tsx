'use client'

import { COMMENTARY_MAX } from '@/lib/validation/entry-schema'
import { fieldId } from '@/lib/actions/entry-form-state'

/** The category's commentary for the board, with a live character count against the limit. */
export function CommentaryField({
  categoryLabel,
  value,
  onChange,
  error,
}: {
  categoryLabel: string
  value: string
  onChange: (value: string) => void
  error?: string
}) {
  const id = fieldId('commentary')
  // Line breaks count once, as the schema counts them.
  const length = value.replace(/\r\n?/g, '\n').length
  const near = length > COMMENTARY_MAX * 0.9
  return (
    <div className="border-t border-slate-200 pt-5">
      <label htmlFor={id} className="font-medium text-slate-900">
        Commentary for {categoryLabel}
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        Two lines for the board: what moved, why, and what happens next.
      </p>
      <textarea
        id={id}
        name="commentary"
        rows={4}
        maxLength={COMMENTARY_MAX}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : null, `${id}-hint`, `${id}-count`].filter(Boolean).join(' ')}
        className={`mt-2 block w-full rounded-md border px-3 py-2 text-sm shadow-sm disabled:bg-slate-100 ${
          error ? 'border-red-600 bg-red-50' : 'border-slate-300 bg-white'
        }`}
      />
      <div className="mt-1 flex justify-between gap-4 text-sm">
        {error ? (
          <p id={`${id}-error`} className="text-red-700">
            {error}
          </p>
        ) : (
          <span />
        )}
        <p id={`${id}-count`} className={`tabular-nums ${near ? 'text-amber-800' : 'text-slate-500'}`}>
          {length.toLocaleString('en-US')} / {COMMENTARY_MAX.toLocaleString('en-US')} characters
        </p>
      </div>
    </div>
  )
}
