import type { TeamRow } from '@/lib/db/queries/teams'

const BADGE = 'inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset'

/** Active or archived, and a marker on teams that came with the demo data. */
export function TeamBadges({ team }: { team: TeamRow }) {
  return (
    <span className="flex flex-wrap gap-1.5">
      {team.archived ? (
        <span className={`${BADGE} bg-slate-100 text-slate-700 ring-slate-300`}>Archived</span>
      ) : (
        <span className={`${BADGE} bg-green-50 text-green-800 ring-green-200`}>Active</span>
      )}
      {team.isDemo ? (
        <span
          className={`${BADGE} bg-amber-50 text-amber-800 ring-amber-200`}
          title="Came with the demo data; removed with it unless figures are entered for it"
        >
          Demo
        </span>
      ) : null}
    </span>
  )
}
