import { SPARKLINE_BOX as BOX, type SparklineGeometry } from './sparkline-geometry'

const VALUE_COLOUR = '#1d4ed8' // --color-brand
const GUIDE_COLOUR = '#cbd5e1' // slate-300

/**
 * A 0–100 score over the last quarters as plain SVG, from a geometry laid out on the server
 * (sparklineGeometry): sparklines carry no interaction, so they need no charting library in the
 * browser. A faint line marks the on-track threshold; gaps stay gaps. It imports nothing but the
 * geometry, so server and client components can both draw it; a ScoreTrend names it and adds the table.
 */
export function Sparkline({ geometry: g }: { geometry: SparklineGeometry }) {
  return (
    <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} preserveAspectRatio="none" className="h-full w-full" aria-hidden="true">
      <line
        x1={0}
        x2={BOX.width}
        y1={g.guideY}
        y2={g.guideY}
        stroke={GUIDE_COLOUR}
        strokeDasharray="3 3"
        vectorEffect="non-scaling-stroke"
      />
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
  )
}
