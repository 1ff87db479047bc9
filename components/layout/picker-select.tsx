'use client'

import { useRef, useState, type KeyboardEvent } from 'react'
import type { PickerOption } from './scope-quarter-picker'

/** Keys that move a closed select's choice one option at a time, each firing a change. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'])

/**
 * A select whose choice loads a page. Chosen with the mouse (or from the open list) it loads at once;
 * stepped through with the arrow keys it waits until Enter or leaving the field, so walking from
 * Q1 to Q4 loads one page, not three. Until then the field shows the choice and says it is not applied.
 */
export function PickerSelect({
  label,
  options,
  value,
  onCommit,
}: {
  label: string
  options: PickerOption[]
  value: string
  /** Loads the choice; false when it was not made (the person kept their unsaved edits). */
  onCommit: (value: string) => boolean
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const stepping = useRef(false)
  const shown = draft ?? value

  function commit(next: string) {
    setDraft(null)
    if (next !== value) onCommit(next)
  }

  function onKeyDown(event: KeyboardEvent<HTMLSelectElement>) {
    if (STEP_KEYS.has(event.key)) stepping.current = true
    else if (event.key === 'Enter' && draft !== null) {
      event.preventDefault()
      commit(draft)
    } else if (event.key === 'Escape' && draft !== null) setDraft(null)
  }

  return (
    <label className="flex items-center gap-2">
      <span className="text-slate-600">{label}</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
        value={shown}
        aria-describedby={draft !== null ? `${label}-pending` : undefined}
        onKeyDown={onKeyDown}
        onMouseDown={() => {
          stepping.current = false
        }}
        onChange={(e) => {
          if (stepping.current) {
            stepping.current = false
            setDraft(e.target.value)
          } else commit(e.target.value)
        }}
        onBlur={() => {
          if (draft !== null) commit(draft)
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {draft !== null ? (
        <span id={`${label}-pending`} className="text-xs text-slate-500">
          Press Enter to show
        </span>
      ) : null}
    </label>
  )
}
