'use client'

import type { ChangeEvent } from 'react'

/**
 * A text input for a number, with its unit beside it and its error below. It is a text field, not
 * type="number": browsers turn "1,250,000" or "12abc" in a number field into an empty value, which
 * would be stored as "no data" without a word; the shared schema reads and refuses the text instead.
 * The caller renders the label (for={id}), so the label can sit where the layout needs it.
 */
export function NumberField({
  id,
  name,
  value,
  onChange,
  unit,
  error,
  describedBy = [],
  readOnly = false,
  allowNegative = false,
}: {
  id: string
  /** Omitted for a display-only field (a rate derived from counts): the server derives it again. */
  name?: string
  value: string
  onChange?: (value: string) => void
  unit?: string
  error?: string
  describedBy?: string[]
  readOnly?: boolean
  allowNegative?: boolean
}) {
  const errorId = `${id}-error`
  const unitId = `${id}-unit`
  const ids = [error ? errorId : null, unit ? unitId : null, ...describedBy].filter(Boolean).join(' ')
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="text"
          // Phone keypads for "decimal" have no minus key; eNPS needs one.
          inputMode={allowNegative ? 'text' : 'decimal'}
          autoComplete="off"
          value={value}
          readOnly={readOnly}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange?.(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids || undefined}
          className={`w-36 rounded-md border px-2.5 py-1.5 text-right text-sm tabular-nums shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
            error ? 'border-red-600 bg-red-50' : 'border-slate-300'
          } ${readOnly ? 'bg-slate-100 text-slate-700' : 'bg-white'} disabled:bg-slate-100 disabled:text-slate-500`}
        />
        {unit ? (
          <span id={unitId} className="text-sm text-slate-600">
            {unit}
          </span>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
