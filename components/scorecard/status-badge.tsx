import { STATUS_LABELS, type Status } from '@/lib/metrics/scoring'
import { StatusPill } from './status-pill'

/** A status as text and colour; `empty` names why there is none (e.g. "No score"). */
export function StatusBadge({ status, empty = 'No score' }: { status: Status | null; empty?: string }) {
  return <StatusPill status={status} label={status === null ? empty : STATUS_LABELS[status]} />
}
