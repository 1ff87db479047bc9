'use client'

import { getMetric } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'
import type { TrendPoint } from '@/lib/metrics/series'
import { UNITS } from '@/lib/metrics/units'
import { trendAxis } from './trend-axis'
import { AXIS_COLOUR, ValueTargetChart } from './value-target-chart'
import type { ChartNote } from '@/lib/metrics/chart-notes'

/**
 * A metric's value and target over the last quarters. The target is a stepped line, not a
 * reference line, because targets carry over and change from a quarter on. Takes the metric key
 * (the catalogue entry holds functions, which cannot cross to the client) and formats in its unit;
 * the value axis is trendAxis's (a log axis for deployments a day).
 */
export function MetricTrendChart({
  metricKey,
  points,
  currency,
  notes,
}: {
  metricKey: string
  points: TrendPoint[]
  currency: string
  notes: ChartNote[]
}) {
  const metric = getMetric(metricKey)
  const format = (v: unknown) => (typeof v === 'number' ? formatValue(metric, v, { currency }) : '—')
  // Fitted to the values and the targets both, so neither line leaves the chart.
  const axis = trendAxis(
    metric.unit,
    points.flatMap((p) => [p.value, p.target]),
  )
  return (
    <ValueTargetChart
      points={points}
      valueName="Value"
      targetName="Target"
      targetStep
      format={format}
      size="page"
      notes={notes}
      yAxis={{
        tickFormatter: format,
        width: 76,
        scale: axis.scale,
        domain: axis.domain,
        ticks: axis.ticks,
        // The log axis's ticks name their own unit (per month, week, day); a unit label would cover them.
        label:
          axis.scale === 'log'
            ? undefined
            : { value: UNITS[metric.unit].label, angle: -90, position: 'insideLeft', fill: AXIS_COLOUR, fontSize: 12, dy: 24 },
      }}
    />
  )
}
