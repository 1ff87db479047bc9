'use client'

import { Line, LineChart, ReferenceLine, ResponsiveContainer, YAxis } from 'recharts'
import type { ScoreSeriesPoint } from '@/lib/metrics/series'
import { ON_TRACK_SCORE } from '@/lib/metrics/scoring'

const VALUE_COLOUR = '#1d4ed8' // --color-brand
const GUIDE_COLOUR = '#cbd5e1' // slate-300

/**
 * A 0–100 score over the last quarters. The scale is fixed so cards can be compared at a glance;
 * a faint line marks the on-track threshold. Gaps stay gaps (connectNulls off) and dots make a
 * lone quarter with a score visible. Put it inside a ChartFrame, which names it and adds the table.
 */
export function Sparkline({ points }: { points: ScoreSeriesPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 240, height: 64 }}>
      <LineChart data={points} margin={{ top: 6, right: 6, bottom: 6, left: 6 }} accessibilityLayer={false}>
        <YAxis hide domain={[0, 100]} />
        <ReferenceLine y={ON_TRACK_SCORE} stroke={GUIDE_COLOUR} strokeDasharray="3 3" ifOverflow="extendDomain" />
        <Line
          dataKey="score"
          type="linear"
          stroke={VALUE_COLOUR}
          strokeWidth={2}
          dot={{ r: 2.5, fill: VALUE_COLOUR, strokeWidth: 0 }}
          activeDot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  )
}
