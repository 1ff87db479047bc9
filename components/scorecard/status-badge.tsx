import type { Status } from '@/lib/metrics/scoring'
import { statusText } from '@/lib/metrics/status-text'
import { StatusPill } from './status-pill'

/**
 * A status as text and colour; `empty` names why there is none (e.g. "No score"), and a status of a
 * quarter in progress reads "(provisional)".
 */
export function StatusBadge({ status, empty, provisional }: { status: Status | null; empty?: string; provisional?: boolean }) {
  return <StatusPill status={status} label={statusText(status, { provisional, empty })} />
}
