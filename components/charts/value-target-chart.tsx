'use client'

import { useMemo, type ComponentProps } from 'react'
import {
  CartesianGrid,
  DefaultZIndexes,
  Legend,
  type LabelProps,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { ChartNote } from '@/lib/metrics/chart-notes'
import { NOTE_HIDES_TOOLTIP, NoteMarker } from './note-marker'

const VALUE_COLOUR = '#1d4ed8' // --color-brand
const TARGET_COLOUR = '#64748b' // slate-500
/** Axis text colour, for labels a caller adds (a unit beside the y axis). */
export const AXIS_COLOUR = '#475569' // slate-600
const GRID_COLOUR = '#e2e8f0' // slate-200

/** One quarter of a value-against-target line chart. */
export interface ValueTargetPoint {
  label: string
  value: number | null
  target: number | null
}

// The full-width chart of a page, or the smaller one a report section holds beside its table.
const SIZES = {
  page: { width: 800, height: 320, margin: { top: 8, right: 24, bottom: 4, left: 8 }, fontSize: 12, padding: 24, dot: 3.5, legend: 28 },
  section: { width: 560, height: 220, margin: { top: 8, right: 28, bottom: 4, left: 0 }, fontSize: 11, padding: 16, dot: 3, legend: 26 },
} as const

/**
 * A value (solid) against its target (dashed) over quarters: the metric page's trend and the board
 * report's category trends. Quarters without a value are gaps, never zeros. The caller gives the
 * y axis (unit, domain) and how values read, so each chart keeps its own scale and wording.
 */
export function ValueTargetChart({
  points,
  valueName,
  targetName,
  targetStep,
  format,
  yAxis,
  size,
  notes = [],
}: {
  points: ValueTargetPoint[]
  valueName: string
  targetName: string
  /** Targets that carry over and change from a quarter on are steps; a fixed line is straight. */
  targetStep: boolean
  format: (value: unknown) => string
  yAxis: Omit<ComponentProps<typeof YAxis>, 'tick'>
  size: keyof typeof SIZES
  /** Notes on the timeline, one marker per quarter that holds any (annotation-rules.ts picks them). */
  notes?: ChartNote[]
}) {
  const s = SIZES[size]
  const tick = { fill: AXIS_COLOUR, fontSize: s.fontSize }
  // Made once per set of notes: a new label function on each render would draw the markers anew and take a marker's focus.
  const noteLabels = useMemo(
    () =>
      notes.map((note) => ({
        zIndex: DefaultZIndexes.label,
        content: ({ viewBox }: Pick<LabelProps, 'viewBox'>) => (
          // A cartesian chart's viewBox has x and y; a polar one has none.
          <NoteMarker viewBox={viewBox && 'x' in viewBox ? viewBox : undefined} note={note} />
        ),
      })),
    [notes],
  )
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: s.width, height: s.height }} className={NOTE_HIDES_TOOLTIP}>
      <LineChart data={points} margin={s.margin} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
        <XAxis
          dataKey="label"
          tick={tick}
          tickLine={false}
          interval={size === 'section' ? 'equidistantPreserveStart' : undefined}
          padding={{ left: s.padding, right: s.padding }}
        />
        <YAxis tick={tick} {...yAxis} />
        <Tooltip formatter={(v) => format(v)} />
        {/* In the axis's text size, so it stays on one line above the markers on a phone; it passes the pointer through to them. */}
        <Legend
          verticalAlign="top"
          height={s.legend}
          iconType="plainline"
          wrapperStyle={{ fontSize: s.fontSize + 1, pointerEvents: 'none' }}
        />
        <Line
          name={valueName}
          dataKey="value"
          type="linear"
          stroke={VALUE_COLOUR}
          strokeWidth={2.5}
          dot={{ r: s.dot, fill: VALUE_COLOUR, strokeWidth: 0 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          name={targetName}
          dataKey="target"
          type={targetStep ? 'stepAfter' : 'linear'}
          stroke={TARGET_COLOUR}
          strokeWidth={1.5}
          strokeDasharray="6 4"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
        {notes.map((note, i) => (
          <ReferenceLine
            key={note.label}
            x={note.label}
            stroke="#b45309"
            strokeDasharray="2 3"
            ifOverflow="extendDomain"
            // Above the lines and dots, with its marker: an open box of notes is never drawn under them.
            zIndex={DefaultZIndexes.label}
            label={noteLabels[i]}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}
