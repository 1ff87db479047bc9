import type { ChangeDirection } from '@/lib/metrics/change'
import { scoreDelta, scoreIn } from '@/lib/metrics/score-delta'
import { comparisonNoteText, type PastScore } from '@/lib/metrics/score-comparison'
import type { ScorePoint } from '@/lib/metrics/scorecard-model'
import type { Comparison } from './comparison'

/** A score's change since one past quarter, worded for ChangeIndicator. */
export interface ScoreChange {
  /** The past quarter's key, e.g. "2026-Q2". */
  quarter: string
  text: string | null
  /** The sign of the difference: +1, −1 or 0. */
  sign: number
  direction: ChangeDirection
  /** The past quarter as the organisation names it, e.g. "FY2026 Q2". */
  against: string
  /** Why the comparison is not plain, e.g. "rescored under DORA 2024; 3 → 4 metrics"; null when it is. */
  note: string | null
}

/**
 * A 0–100 score's change since each comparison quarter (higher is better). With `past` (the
 * scorecard's rescored past scores) the change compares like with like and carries its caveat.
 */
export function scoreChanges(
  score: number | null,
  history: readonly ScorePoint[],
  comparisons: readonly Comparison[],
  past?: Readonly<Record<string, PastScore>>,
): ScoreChange[] {
  return comparisons.map((c) => {
    const compared = past?.[c.quarter]
    const d = scoreDelta(score, compared ? compared.score : scoreIn(history, c.quarter))
    const sign = d.direction === 'better' ? 1 : d.direction === 'worse' ? -1 : 0
    const note = compared ? comparisonNoteText(compared.note) : null
    return { quarter: c.quarter, text: d.text, sign, direction: d.direction, against: c.label, note: note || null }
  })
}
