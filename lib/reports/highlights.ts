import type { MetricView, Scorecard } from '@/lib/metrics/scorecard-model'
import { formatScore } from '@/lib/metrics/format'

/** How many improvements and risks the executive summary names. */
export const HIGHLIGHT_COUNT = 3

/** The rule, in the words the report prints beside the lists. */
export const HIGHLIGHT_RULE =
  'Improvements: the figures whose score rose most since the previous quarter (ties: the higher score first). ' +
  'Risks: the figures now off track or at risk, lowest score first (ties: the larger fall since the previous quarter).'

export interface RankedView {
  view: MetricView
  /** Score change since the previous quarter in whole displayed points, or null. */
  rise: number | null
}

function displayed(score: number | null): number | null {
  return score === null ? null : Number(formatScore(score))
}

function ranked(card: Scorecard): RankedView[] {
  return card.categories.flatMap((c) =>
    c.metrics.map((view) => {
      const now = displayed(view.score.score)
      const before = displayed(view.history.at(-2)?.score ?? null)
      return { view, rise: now === null || before === null ? null : now - before }
    }),
  )
}

/** The figures whose displayed score rose most since the previous quarter (ties: higher score first). */
export function biggestImprovements(card: Scorecard, count = HIGHLIGHT_COUNT): RankedView[] {
  return ranked(card)
    .filter((r) => r.rise !== null && r.rise > 0)
    .sort((a, b) => b.rise! - a.rise! || (b.view.score.score ?? 0) - (a.view.score.score ?? 0))
    .slice(0, count)
}

/** The figures now off track or at risk, lowest score first (ties: the larger fall first). */
export function biggestRisks(card: Scorecard, count = HIGHLIGHT_COUNT): RankedView[] {
  return ranked(card)
    .filter((r) => r.view.score.status === 'off_track' || r.view.score.status === 'at_risk')
    .sort((a, b) => a.view.score.score! - b.view.score.score! || (a.rise ?? 0) - (b.rise ?? 0))
    .slice(0, count)
}
