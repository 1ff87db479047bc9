/**
 * "2026-11-28 14:03 UTC": audit and history times are shown in UTC, as stored, so two people in
 * different time zones read the same time for the same change.
 */
export function formatUtc(at: Date | string): string {
  const iso = (typeof at === 'string' ? new Date(at) : at).toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}

/** A UTC time as text, with the exact instant in its dateTime attribute. */
export function UtcTime({ at }: { at: Date | string }) {
  const date = typeof at === 'string' ? new Date(at) : at
  return <time dateTime={date.toISOString()}>{formatUtc(date)}</time>
}
