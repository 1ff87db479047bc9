'use client'

import { useState } from 'react'
import { nearestMark, SPARKLINE_BOX as BOX, type SparklineGeometry } from './sparkline-geometry'

const VALUE_COLOUR = '#1d4ed8' // --color-brand
const GUIDE_COLOUR = '#cbd5e1' // slate-300
const NOTE_COLOUR = '#d97706' // amber-600: leads to a note marker under the line

/**
 * A 0–100 score over the last quarters as plain SVG, from a geometry laid out on the server
 * (sparklineGeometry), so the browser needs no charting library for six small cards. A faint line
 * marks the on-track threshold when the fitted axis reaches it; gaps stay gaps. Pointing at it shows
 * the nearest quarter's score in a tooltip (`tips`, one per quarter); keyboard and screen-reader
 * users read the same numbers in the data table beside it, so the tooltip is hidden from them.
 */
export function Sparkline({
  geometry: g,
  tips,
  noteLefts = [],
}: {
  geometry: SparklineGeometry
  tips: readonly string[]
  /** Where quarters with notes are (percent of the width): a faint amber line leads down to their markers. */
  noteLefts?: readonly number[]
}) {
  const [active, setActive] = useState<number | null>(null)
  const mark = active === null ? null : g.marks[active]
  return (
    <div
      className="relative h-full w-full"
      onPointerMove={(e) => {
        const rect = e.currentTarget.getBoundingClientRect()
        setActive(nearestMark(g.marks, (e.clientX - rect.left) / rect.width))
      }}
      onPointerLeave={() => setActive(null)}
    >
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} preserveAspectRatio="none" className="h-full w-full" aria-hidden="true">
        {g.guideY === null ? null : (
          <line
            x1={0}
            x2={BOX.width}
            y1={g.guideY}
            y2={g.guideY}
            stroke={GUIDE_COLOUR}
            strokeDasharray="3 3"
            vectorEffect="non-scaling-stroke"
          />
        )}
        {noteLefts.map((left) => (
          <line
            key={left}
            x1={(left / 100) * BOX.width}
            x2={(left / 100) * BOX.width}
            y1={0}
            y2={BOX.height}
            stroke={NOTE_COLOUR}
            strokeDasharray="2 3"
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {g.runs.map((run, i) => (
          <polyline
            key={i}
            points={run}
            fill="none"
            stroke={VALUE_COLOUR}
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
            strokeLinejoin="round"
          />
        ))}
        {/* Round caps make each zero-length segment a circle however the box is stretched. */}
        {g.dots ? <path d={g.dots} stroke={VALUE_COLOUR} strokeWidth={5} strokeLinecap="round" vectorEffect="non-scaling-stroke" /> : null}
      </svg>
      {mark && active !== null ? (
        <>
          <span
            aria-hidden="true"
            className="pointer-events-none absolute size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-blue-700"
            style={{ left: `${mark.left}%`, top: `${mark.top}%` }}
          />
          {/* Opens towards the middle of the card, so it never leaves it (or a 390 px screen). */}
          <span
            aria-hidden="true"
            data-testid="sparkline-tooltip"
            className="pointer-events-none absolute bottom-full z-10 mb-1 rounded bg-slate-900 px-2 py-1 text-xs whitespace-nowrap text-white shadow"
            style={mark.left <= 50 ? { left: `${mark.left}%` } : { right: `${100 - mark.left}%` }}
          >
            {tips[active]}
          </span>
        </>
      ) : null}
    </div>
  )
}
