import { STATUS_LABELS, type Status } from './scoring'

/**
 * A status in words. A quarter in progress can still change every day until it ends, so its status
 * reads "On track (provisional)" wherever it shows: scorecard, category and metric pages, report and
 * every export. `empty` names why there is no status (e.g. "No score").
 */
export function statusText(
  status: Status | null,
  { provisional = false, empty = 'No score' }: { provisional?: boolean; empty?: string } = {},
) {
  if (status === null) return empty
  return provisional ? `${STATUS_LABELS[status]} (provisional)` : STATUS_LABELS[status]
}
