'use client'

import { useState } from 'react'
import type { ChartNote } from '@/lib/metrics/chart-notes'

const MARK = '#b45309' // amber-700: apart from the value (blue) and target (grey) lines
const BOX_WIDTH = 240

/**
 * A note marker drawn at the top of a quarter's reference line: a focusable diamond whose accessible
 * name is the notes themselves, and which shows them on hover and on keyboard focus alike, so a
 * person who cannot point still reads what happened that quarter.
 */
export function NoteMarker({ viewBox, note, chartWidth }: { viewBox?: { x?: number; y?: number }; note: ChartNote; chartWidth: number }) {
  const [open, setOpen] = useState(false)
  const x = viewBox?.x ?? 0
  const y = (viewBox?.y ?? 0) + 6
  const name = `Notes for ${note.label}: ${note.lines.join('; ')}`
  const boxX = Math.min(Math.max(x - BOX_WIDTH / 2, 0), Math.max(chartWidth - BOX_WIDTH, 0))
  return (
    <g
      tabIndex={0}
      role="img"
      aria-label={name}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      className="cursor-help outline-none focus-visible:[&>path]:stroke-black"
    >
      <path d={`M ${x} ${y - 6} L ${x + 6} ${y} L ${x} ${y + 6} L ${x - 6} ${y} Z`} fill={MARK} stroke="white" strokeWidth={1.5} />
      {open ? (
        <foreignObject x={boxX} y={y + 10} width={BOX_WIDTH} height={16 + 18 * note.lines.length}>
          <div className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs leading-4 text-slate-900 shadow">
            {note.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        </foreignObject>
      ) : null}
    </g>
  )
}
