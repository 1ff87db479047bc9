import type { ChangeDirection } from './change'
import { formatScore } from './format'
import type { ScorePoint } from './scorecard-model'

const MINUS = '\u2212'

export interface ScoreDelta {
  /** Signed whole points ('+4', '−2', '0'), or null when either score is missing. */
  text: string | null
  direction: ChangeDirection
}

/**
 * The change between two 0–100 scores as people can check it on the page: the difference of the
 * scores as displayed (rounded down by formatScore), so "79, +4 vs FY2026 Q2" sits beside a 75.
 * Higher is better; no visible difference reads as 'same' even when the unrounded scores moved.
 */
export function scoreDelta(current: number | null, past: number | null): ScoreDelta {
  if (current === null || past === null) return { text: null, direction: 'neutral' }
  const diff = Number(formatScore(current)) - Number(formatScore(past))
  if (diff === 0) return { text: '0', direction: 'same' }
  return diff > 0 ? { text: `+${diff}`, direction: 'better' } : { text: `${MINUS}${-diff}`, direction: 'worse' }
}

/** The score a history holds for a quarter; null when the quarter is not in it or had no score. */
export function scoreIn(history: readonly ScorePoint[], quarter: string): number | null {
  return history.find((p) => p.quarter === quarter)?.score ?? null
}
