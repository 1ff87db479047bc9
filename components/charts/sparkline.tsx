import type { ScoreSeriesPoint } from '@/lib/metrics/series'
import { ON_TRACK_SCORE } from '@/lib/metrics/scoring'
import { sparklineGeometry } from './sparkline-geometry'

const VALUE_COLOUR = '#1d4ed8' // --color-brand
const GUIDE_COLOUR = '#cbd5e1' // slate-300
const BOX = { width: 320, height: 64, pad: 6 }

/**
 * A 0–100 score over the last quarters, drawn as plain SVG on the server: sparklines carry no
 * interaction, so they need no charting library in the browser (the home page stays light). A
 * faint line marks the on-track threshold; gaps stay gaps. Put it inside a ChartFrame, which names
 * it and adds the data table.
 */
export function Sparkline({ points }: { points: readonly ScoreSeriesPoint[] }) {
  const g = sparklineGeometry(points.map((p) => p.score), BOX, ON_TRACK_SCORE)
  return (
    <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} preserveAspectRatio="none" className="h-full w-full" aria-hidden="true">
      <line x1={0} x2={BOX.width} y1={g.guideY} y2={g.guideY} stroke={GUIDE_COLOUR} strokeDasharray="3 3" vectorEffect="non-scaling-stroke" />
      {g.runs.map((run) => (
        <polyline key={run} points={run} fill="none" stroke={VALUE_COLOUR} strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
      ))}
      {g.dots.length > 0 ? (
        // Each dot is a zero-length segment with round caps: a circle however the box is stretched,
        // and all of them one element rather than one each (the scorecard draws seven sparklines).
        <path d={g.dots.map((d) => `M${d.x} ${d.y}h0`).join('')} stroke={VALUE_COLOUR} strokeWidth={5} strokeLinecap="round" vectorEffect="non-scaling-stroke" />
      ) : null}
    </svg>
  )
}
