/**
 * Whether the polled data version is past the one a page was drawn at. Tags are "<epoch>.<n>"
 * (lib/db/read-cache.ts): within one epoch n only grows, so an older answer still in the query
 * cache (polled before a navigation) does not redraw a newer page; another epoch (a restored
 * database) always does.
 */
export function isNewerVersion(latest: string | null | undefined, rendered: string | null): boolean {
  if (!latest || latest === rendered) return false
  if (!rendered) return true
  const [latestEpoch, latestN] = splitTag(latest)
  const [renderedEpoch, renderedN] = splitTag(rendered)
  return latestEpoch !== renderedEpoch || latestN > renderedN
}

function splitTag(tag: string): [string, number] {
  const dot = tag.lastIndexOf('.')
  return [tag.slice(0, dot), Number(tag.slice(dot + 1))]
}
