import Link from 'next/link'
import { TOUCHED_SHOWN, type TouchedScorecard } from '@/lib/import/touched-scorecards'

const scopeWords = (scope: string) => (scope === 'org' ? 'the organisation' : `team ${scope}`)

/** After an import is applied: the way to the scorecards it wrote to, newest first. */
export function AppliedLinks({ scorecards }: { scorecards: readonly TouchedScorecard[] }) {
  if (scorecards.length === 0) return null
  const shown = scorecards.slice(0, TOUCHED_SHOWN)
  return (
    <nav aria-label="Imported scorecards" className="text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {shown.map((s) => (
          <li key={`${s.scope}/${s.quarter}`}>
            <Link href={`/?${new URLSearchParams({ quarter: s.quarter, scope: s.scope }).toString()}`} className="text-blue-700 underline">
              View the scorecard of {scopeWords(s.scope)} for {s.quarter}
            </Link>
          </li>
        ))}
        {scorecards.length > shown.length ? <li className="text-slate-600">and {scorecards.length - shown.length} more</li> : null}
      </ul>
    </nav>
  )
}
