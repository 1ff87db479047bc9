import type { Status } from '@/lib/metrics/scoring'

/**
 * Heat-map shading by status. The colour only repeats what the cell says in words and a shape
 * (the status text and its mark), so the table reads the same in greyscale and to a screen reader.
 */
export const HEAT: Record<Status | 'none', string> = {
  on_track: 'bg-on-track/15',
  at_risk: 'bg-at-risk/15',
  off_track: 'bg-off-track/15',
  none: 'bg-slate-50',
}

/** The same marks as the status pills elsewhere in the app. */
export const STATUS_MARKS: Record<Status, string> = { on_track: '●', at_risk: '▲', off_track: '■' }

export function heatClass(status: Status | null): string {
  return HEAT[status ?? 'none']
}

/** A team's page for the quarter: its scorecard, or one category's page. */
export function teamHref(slug: string, quarter: string, path = '/'): string {
  return `${path}?${new URLSearchParams({ quarter, scope: slug }).toString()}`
}
