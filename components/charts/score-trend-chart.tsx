'use client'

import type { ChartNote } from '@/lib/metrics/chart-notes'
import { ValueTargetChart, type ValueTargetPoint } from './value-target-chart'

// Scores are shown rounded down everywhere (79.6 reads 79, "at risk"); the tooltip agrees.
const scoreText = (v: unknown) => (typeof v === 'number' ? String(Math.floor(v)) : '—')

/**
 * A score (0–100) over quarters against the on-track line, page-sized, on a fixed 0–100 axis so that
 * one category's trend reads on the same scale as another's and as the scorecard's. Quarters
 * without a score are gaps, never zeros. Notes on the timeline are marked as on every trend chart.
 */
export function ScoreTrendChart({ points, onTrack, notes }: { points: ValueTargetPoint[]; onTrack: number; notes: ChartNote[] }) {
  return (
    <ValueTargetChart
      points={points}
      valueName="Score"
      targetName={`On track (${onTrack})`}
      targetStep={false}
      format={scoreText}
      size="page"
      notes={notes}
      yAxis={{ domain: [0, 100], ticks: [0, 20, 40, 60, onTrack, 100], width: 36 }}
    />
  )
}
