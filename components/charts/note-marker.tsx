'use client'

import { useState } from 'react'
import { useChartWidth } from 'recharts'
import type { ChartNote } from '@/lib/metrics/chart-notes'

const MARK = '#b45309' // amber-700: apart from the value (blue) and target (grey) lines
const BOX_WIDTH = 240
// About this many characters of 12 px text fit on one line of the box; a longer note wraps.
const LINE_CHARS = 34
const LINE_HEIGHT = 16

/** For the chart's container: no chart tooltip while a note marker is open (important: Recharts sets its visibility inline). */
export const NOTE_HIDES_TOOLTIP = '[&:has([data-note-open])_.recharts-tooltip-wrapper]:invisible!'

/** How tall the open box is: its lines, each wrapped at the box's width, and its padding. */
export function noteBoxHeight(lines: readonly string[]): number {
  return 12 + LINE_HEIGHT * lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / LINE_CHARS)), 0)
}

/**
 * A note marker drawn at the top of a quarter's reference line: a focusable diamond whose accessible
 * name is the notes themselves, and which shows them on hover and on keyboard focus alike, so a
 * person who cannot point still reads what happened that quarter. While open it carries
 * `data-note-open`, by which the chart hides its own tooltip (NOTE_HIDES_TOOLTIP) so the two boxes
 * never cover each other; its state stays its own, since redrawing the chart would take the focus.
 */
export function NoteMarker({ viewBox, note }: { viewBox?: { x?: number; y?: number }; note: ChartNote }) {
  const [open, setOpen] = useState(false)
  // The chart's drawn width, so the box stays inside a narrow chart (a phone) as in a wide one.
  const chartWidth = useChartWidth() ?? BOX_WIDTH
  const x = viewBox?.x ?? 0
  const y = (viewBox?.y ?? 0) + 6
  const name = `Notes for ${note.label}: ${note.lines.join('; ')}`
  const width = Math.min(BOX_WIDTH, chartWidth)
  const boxX = Math.min(Math.max(x - width / 2, 0), Math.max(chartWidth - width, 0))
  const show = setOpen
  return (
    <g
      tabIndex={0}
      role="img"
      aria-label={name}
      data-note-open={open ? '' : undefined}
      onFocus={() => show(true)}
      onBlur={() => show(false)}
      onMouseEnter={() => show(true)}
      onMouseLeave={() => show(false)}
      // The diamond's dark edge and the open box show focus; an outline would frame the whole box.
      style={{ outline: 'none' }}
      className="cursor-help focus-visible:[&>path]:stroke-black"
    >
      <path d={`M ${x} ${y - 6} L ${x + 6} ${y} L ${x} ${y + 6} L ${x - 6} ${y} Z`} fill={MARK} stroke="white" strokeWidth={1.5} />
      {open ? (
        <foreignObject x={boxX} y={y + 10} width={width} height={noteBoxHeight(note.lines)}>
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
