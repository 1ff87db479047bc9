import type { ScorePoint } from '@/lib/metrics/scorecard-model'
import { ChangeIndicator } from './change-indicator'
import type { Comparison } from './comparison'
import { scoreDelta, scoreIn } from '@/lib/metrics/score-delta'
import { comparisonNoteText, type PastScore } from '@/lib/metrics/score-comparison'

/**
 * A 0–100 score's change since each comparison quarter, e.g. "▲ +4 vs FY2026 Q2". With `past` (the
 * scorecard's rescored past scores) the change compares like with like and its caveat is printed
 * beside it ("rescored under DORA 2024; 3 → 4 metrics").
 */
export function ScoreChangeList({
  score,
  history,
  comparisons,
  past,
  className = '',
}: {
  score: number | null
  history: readonly ScorePoint[]
  comparisons: readonly Comparison[]
  past?: Readonly<Record<string, PastScore>>
  className?: string
}) {
  return (
    <ul className={`space-y-0.5 ${className}`}>
      {comparisons.map((c) => {
        const compared = past?.[c.quarter]
        const d = scoreDelta(score, compared ? compared.score : scoreIn(history, c.quarter))
        const sign = d.direction === 'better' ? 1 : d.direction === 'worse' ? -1 : 0
        const note = compared ? comparisonNoteText(compared.note) : null
        return (
          <li key={c.quarter}>
            <ChangeIndicator text={d.text} sign={sign} direction={d.direction} against={c.label} />
            {note ? <span className="ml-1 text-xs text-slate-600">({note})</span> : null}
          </li>
        )
      })}
    </ul>
  )
}
