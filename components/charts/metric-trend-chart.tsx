'use client'

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { getMetric } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'
import type { TrendPoint } from '@/lib/metrics/series'
import { UNITS } from '@/lib/metrics/units'

const VALUE_COLOUR = '#1d4ed8' // --color-brand
const TARGET_COLOUR = '#64748b' // slate-500
const AXIS_COLOUR = '#475569' // slate-600

/**
 * A metric's value and target over the last quarters. The target is a stepped line, not a
 * reference line, because targets carry over and change from a quarter on. Takes the metric key
 * (the catalogue entry holds functions, which cannot cross to the client) and formats in its unit.
 */
export function MetricTrendChart({
  metricKey,
  points,
  currency,
}: {
  metricKey: string
  points: TrendPoint[]
  currency: string
}) {
  const metric = getMetric(metricKey)
  const format = (v: unknown) => (typeof v === 'number' ? formatValue(metric, v, { currency }) : '—')
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 320 }}>
      <LineChart data={points} margin={{ top: 8, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: AXIS_COLOUR, fontSize: 12 }} tickLine={false} padding={{ left: 24, right: 24 }} />
        <YAxis
          tickFormatter={format}
          tick={{ fill: AXIS_COLOUR, fontSize: 12 }}
          width={76}
          domain={['auto', 'auto']}
          label={{ value: UNITS[metric.unit].label, angle: -90, position: 'insideLeft', fill: AXIS_COLOUR, fontSize: 12, dy: 24 }}
        />
        <Tooltip formatter={(v) => format(v)} />
        <Legend verticalAlign="top" height={28} iconType="plainline" />
        <Line
          name="Value"
          dataKey="value"
          type="linear"
          stroke={VALUE_COLOUR}
          strokeWidth={2.5}
          dot={{ r: 3.5, fill: VALUE_COLOUR, strokeWidth: 0 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          name="Target"
          dataKey="target"
          type="stepAfter"
          stroke={TARGET_COLOUR}
          strokeWidth={1.5}
          strokeDasharray="6 4"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  )
}
