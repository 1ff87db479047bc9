'use client'

import { useId, useState } from 'react'
import { noteTextId, useNoteTexts } from './chart-note-texts'
import type { SparklineNoteMark } from './sparkline-geometry'

/**
 * A note marker under a sparkline's quarter: a small amber diamond, one tab stop per quarter with
 * notes. Its accessible name is "Notes for FY2026 Q3" followed by the notes themselves (from
 * ChartNoteTexts, so each text is sent once per page); it shows them on hover and on keyboard focus
 * alike. The box opens towards the middle of the card, so it never leaves it or a 390 px screen.
 */
export function SparklineNoteMarker({ mark }: { mark: SparklineNoteMark }) {
  const texts = useNoteTexts()
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <span
      id={id}
      role="img"
      tabIndex={0}
      aria-label={`Notes for ${mark.label}:`}
      aria-labelledby={[id, ...mark.ids.map(noteTextId)].join(' ')}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      className="group absolute top-0 flex size-4 -translate-x-1/2 cursor-help items-center justify-center rounded-sm"
      style={{ left: `${mark.left}%` }}
    >
      <span aria-hidden="true" className="size-2 rotate-45 bg-amber-700 ring-1 ring-white group-hover:bg-amber-800" />
      {open ? (
        <span
          aria-hidden="true"
          className="absolute top-full z-20 mt-1 w-max max-w-60 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-left text-xs leading-4 text-slate-900 shadow"
          style={mark.left <= 50 ? { left: 0 } : { right: 0 }}
        >
          {mark.ids.map((noteId) => (
            <span key={noteId} className="block">
              {texts[noteId]}
            </span>
          ))}
        </span>
      ) : null}
    </span>
  )
}
