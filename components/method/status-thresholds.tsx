import { AT_RISK_SCORE, ON_TRACK_SCORE } from '@/lib/metrics/scoring'
import { formatScore } from '@/lib/metrics/format'
import { StatusChip } from './status-chip'

/** The three statuses and the scores that give them, read from scoring.ts. */
export function StatusThresholds() {
  const rows = [
    { status: 'on_track' as const, range: `${ON_TRACK_SCORE} or more` },
    { status: 'at_risk' as const, range: `${AT_RISK_SCORE} up to ${ON_TRACK_SCORE}` },
    { status: 'off_track' as const, range: `below ${AT_RISK_SCORE}` },
  ]
  return (
    <>
      <p>
        Every figure that can be judged gets a score from 0 (worst) to 100 (best). The score alone sets the status that the scorecard and
        the board report show:
      </p>
      <ul className="flex flex-wrap gap-3">
        {rows.map((r) => (
          <li key={r.status} className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2">
            <StatusChip status={r.status} />
            <span>score {r.range}</span>
          </li>
        ))}
      </ul>
      <p>
        Scores are shown rounded down, because the thresholds are “at least” rules: a score of 79.6 reads{' '}
        <strong>{formatScore(79.6)}</strong> beside “At risk”, never {ON_TRACK_SCORE}.
      </p>
    </>
  )
}
