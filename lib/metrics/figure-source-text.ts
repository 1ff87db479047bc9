/**
 * A figure's source as exports and the figures API write it: "events" for the events API, and
 * "events (github, pagerduty)" when webhook connections reported the events behind it.
 */
export function figureSourceText(source: string, sourceRef: string | null | undefined): string {
  return source === 'events' && sourceRef ? `events (${sourceRef})` : source
}
