import type { Status } from '@/lib/metrics/scoring'

const STYLES: Record<Status, string> = {
  on_track: 'bg-on-track/10 text-on-track ring-on-track/30',
  at_risk: 'bg-at-risk/10 text-at-risk ring-at-risk/30',
  off_track: 'bg-off-track/10 text-off-track ring-off-track/30',
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
