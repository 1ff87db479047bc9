import { ChangeIndicator } from './change-indicator'
import type { ScoreChange } from './score-changes'

/** A 0–100 score's change since each comparison quarter, e.g. "▲ +4 vs FY2026 Q2" (see scoreChanges). */
export function ScoreChangeList({ changes, className = '' }: { changes: readonly ScoreChange[]; className?: string }) {
  return (
    <ul className={`space-y-0.5 ${className}`}>
      {changes.map((c) => (
        <li key={c.quarter}>
          <ChangeIndicator text={c.text} sign={c.sign} direction={c.direction} against={c.against} />
          {c.note ? <span className="ml-1 text-xs text-slate-600">({c.note})</span> : null}
        </li>
      ))}
    </ul>
  )
}
