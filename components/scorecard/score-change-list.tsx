import type { ScorePoint } from '@/lib/metrics/scorecard-model'
import { ChangeIndicator } from './change-indicator'
import type { Comparison } from './comparison'
import { scoreDelta, scoreIn } from '@/lib/metrics/score-delta'

/** A 0–100 score's change since each comparison quarter, e.g. "▲ +4 vs FY2026 Q2". */
export function ScoreChangeList({
  score,
  history,
  comparisons,
  className = '',
}: {
  score: number | null
  history: readonly ScorePoint[]
  comparisons: readonly Comparison[]
  className?: string
}) {
  return (
    <ul className={`space-y-0.5 ${className}`}>
      {comparisons.map((c) => {
        const d = scoreDelta(score, scoreIn(history, c.quarter))
        const sign = d.direction === 'better' ? 1 : d.direction === 'worse' ? -1 : 0
        return (
          <li key={c.quarter}>
            <ChangeIndicator text={d.text} sign={sign} direction={d.direction} against={c.label} />
          </li>
        )
      })}
    </ul>
  )
}
