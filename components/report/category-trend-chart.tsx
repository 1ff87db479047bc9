'use client'

import { ValueTargetChart } from '@/components/charts/value-target-chart'
import type { ChartNote } from '@/lib/metrics/chart-notes'
import type { TrendPoint } from '@/lib/reports/report-types'

// Scores are shown rounded down everywhere (79.6 reads 79, "at risk"); the tooltip agrees.
const scoreText = (v: unknown) => (typeof v === 'number' ? String(Math.floor(v)) : '—')

/**
 * A category's score over eight quarters against the on-track line (80), on a fixed 0–100 axis so
 * that sections can be compared at a glance. Quarters without a score are gaps, never zeros. The
 * section's notes are marked at their quarters, as on every trend chart.
 */
export function CategoryTrendChart({ points, notes }: { points: TrendPoint[]; notes: ChartNote[] }) {
  const target = points.find((p) => p.target !== null)?.target
  return (
    <ValueTargetChart
      points={points}
      valueName="Category score"
      targetName={target === undefined ? 'On track' : `On track (${target})`}
      targetStep={false}
      format={scoreText}
      size="section"
      notes={notes}
      yAxis={{ domain: [0, 100], ticks: [0, 50, 80, 100], width: 36 }}
    />
  )
}
