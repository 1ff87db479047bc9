import { parseIsoDateTime } from '@/lib/validation/event-schemas'

// GitLab writes instants as ISO 8601 in newer payloads and as "2021-04-28 21:50:00 +0200" or
// "2013-12-03 17:15:43 UTC" in older ones (deployment and issue hooks still do).
const GITLAB_SPACED = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?) ?(UTC|[+-]\d{2}:?\d{2})$/

/** An instant as GitHub, GitLab or PagerDuty writes it, or null; a time without a zone is refused. */
export function providerTime(text: string | null): Date | null {
  if (text === null) return null
  const spaced = GITLAB_SPACED.exec(text)
  if (spaced) return parseIsoDateTime(`${spaced[1]}T${spaced[2]}${spaced[3] === 'UTC' ? 'Z' : spaced[3]}`)
  return parseIsoDateTime(text)
}
