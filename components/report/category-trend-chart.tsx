'use client'

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { TrendPoint } from '@/lib/reports/report-types'

const SCORE_COLOUR = '#1d4ed8' // --color-brand
const TARGET_COLOUR = '#64748b' // slate-500
const AXIS_COLOUR = '#475569' // slate-600

// Scores are shown rounded down everywhere (79.6 reads 79, "at risk"); the tooltip agrees.
const scoreText = (v: unknown) => (typeof v === 'number' ? String(Math.floor(v)) : '—')

/**
 * A category's score over eight quarters against the on-track line (80), on a fixed 0–100 axis so
 * that sections can be compared at a glance. Quarters without a score are gaps, never zeros.
 */
export function CategoryTrendChart({ points }: { points: TrendPoint[] }) {
  const target = points.find((p) => p.target !== null)?.target
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 560, height: 220 }}>
      <LineChart data={points} margin={{ top: 8, right: 28, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: AXIS_COLOUR, fontSize: 11 }} tickLine={false} interval={0} padding={{ left: 16, right: 16 }} />
        <YAxis domain={[0, 100]} ticks={[0, 50, 80, 100]} tick={{ fill: AXIS_COLOUR, fontSize: 11 }} width={36} />
        <Tooltip formatter={(v) => scoreText(v)} />
        <Legend verticalAlign="top" height={26} iconType="plainline" />
        <Line
          name="Category score"
          dataKey="value"
          type="linear"
          stroke={SCORE_COLOUR}
          strokeWidth={2.5}
          dot={{ r: 3, fill: SCORE_COLOUR, strokeWidth: 0 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          name={target === undefined ? 'On track' : `On track (${target})`}
          dataKey="target"
          type="linear"
          stroke={TARGET_COLOUR}
          strokeWidth={1.5}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  )
}
