import type { Status } from '@/lib/metrics/scoring'

// The words are a shade darker than the status colour: on its 10% tint, amber-700 text is below the
// 4.5:1 contrast that small text needs; the tint and ring keep the status colour.
const STYLES: Record<Status, string> = {
  on_track: 'bg-on-track/10 text-green-800 ring-on-track/30',
  at_risk: 'bg-at-risk/10 text-amber-800 ring-at-risk/30',
  off_track: 'bg-off-track/10 text-red-800 ring-off-track/30',
}

// A shape per status as well as a colour, so the badge also reads in greyscale print.
const MARKS: Record<Status, string> = { on_track: '●', at_risk: '▲', off_track: '■' }

/**
 * A status as text and colour, given its words: with no scoring import, a client component can
 * draw it from what the server sent. `status` null draws the grey "no score" pill.
 */
export function StatusPill({ status, label }: { status: Status | null; label: string }) {
  if (status === null) {
    return (
      <span className="inline-flex items-center rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600 ring-1 ring-slate-200 ring-inset">
        {label}
      </span>
    )
  }
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${STYLES[status]}`}
    >
      <span aria-hidden="true" className="text-[0.6rem]">
        {MARKS[status]}
      </span>
      {label}
    </span>
  )
}
