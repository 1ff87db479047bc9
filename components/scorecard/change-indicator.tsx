import type { ChangeDirection } from '@/lib/metrics/change'

const COLOURS: Record<ChangeDirection, string> = {
  better: 'text-on-track',
  worse: 'text-off-track',
  same: 'text-slate-600',
  neutral: 'text-slate-600',
}

const WORDS: Record<ChangeDirection, string> = {
  better: 'better',
  worse: 'worse',
  same: 'no change',
  neutral: '',
}

/**
 * A change since a past quarter: signed text, an arrow for which way the number moved, and a word
 * for whether that is better or worse (colour alone would fail colour-blind readers and print).
 * `sign` is the sign of the raw difference; `direction` judges it by the metric's direction.
 */
export function ChangeIndicator({
  text,
  sign,
  direction,
  against,
  showWord = false,
  compact = false,
}: {
  text: string | null
  sign: number
  direction: ChangeDirection
  /** The quarter compared with, e.g. "FY2026 Q2". */
  against: string
  showWord?: boolean
  /** In a table whose column header already names the quarter. */
  compact?: boolean
}) {
  if (text === null) {
    return (
      <span className="text-slate-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No figure to compare with {against}</span>
        {compact ? null : <span aria-hidden="true"> vs {against}</span>}
      </span>
    )
  }
  const arrow = sign > 0 ? '▲' : sign < 0 ? '▼' : '▶'
  const word = WORDS[direction]
  return (
    <span
      className={`inline-flex items-baseline gap-x-1 tabular-nums ${compact ? 'whitespace-nowrap' : 'flex-wrap'} ${COLOURS[direction]}`}
    >
      <span aria-hidden="true" className="text-[0.65em]">
        {arrow}
      </span>
      <span className="font-medium">{text}</span>
      {compact ? <span className="sr-only">since {against}</span> : <span className="text-slate-600">vs {against}</span>}
      {word ? <span className={showWord ? 'text-xs' : 'sr-only'}>{showWord ? word : `, ${word}`}</span> : null}
    </span>
  )
}
