import { STATUS_LABELS, type Status } from '@/lib/metrics/scoring'

const TONE: Record<Status, string> = {
  on_track: 'bg-green-50 text-on-track ring-green-200',
  at_risk: 'bg-amber-50 text-at-risk ring-amber-200',
  off_track: 'bg-red-50 text-off-track ring-red-200',
}

/** A status in words, tinted; the colour only repeats what the words say. */
export function StatusChip({ status }: { status: Status | null }) {
  if (!status) return <span className="text-slate-500">—</span>
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  )
}
