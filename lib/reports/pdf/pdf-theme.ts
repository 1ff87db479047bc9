import { StyleSheet } from '@react-pdf/renderer'
import type { Status } from '@/lib/metrics/scoring'

// The app's own status colours (app/globals.css), dark enough to read as text on white paper.
export const STATUS_COLOURS: Record<Status, string> = {
  on_track: '#15803d',
  at_risk: '#b45309',
  off_track: '#b91c1c',
}

export const COLOURS = {
  ink: '#0f172a',
  muted: '#475569',
  faint: '#94a3b8',
  rule: '#cbd5e1',
  band: '#f1f5f9',
  brand: '#1d4ed8',
  none: '#64748b',
}

export function statusColour(status: Status | null): string {
  return status ? STATUS_COLOURS[status] : COLOURS.none
}

/** Landscape page sizes in PDF points (1/72 inch): ISO A4 and US Letter. */
export const PAGE_POINTS = {
  A4: { width: 841.89, height: 595.28 },
  LETTER: { width: 792, height: 612 },
} as const

export const MARGIN = { x: 40, top: 56, bottom: 44 }

export const styles = StyleSheet.create({
  page: {
    fontFamily: 'Helvetica',
    fontSize: 9.5,
    color: COLOURS.ink,
    paddingTop: MARGIN.top,
    paddingBottom: MARGIN.bottom,
    paddingHorizontal: MARGIN.x,
    lineHeight: 1.35,
  },
  // A line height on every larger text: react-pdf inherits the page's line height in points.
  h1: { fontFamily: 'Helvetica-Bold', fontSize: 20, lineHeight: 1.2, marginBottom: 4 },
  h2: { fontFamily: 'Helvetica-Bold', fontSize: 12, lineHeight: 1.2, marginBottom: 6, marginTop: 4 },
  eyebrow: { fontSize: 8, color: COLOURS.muted, textTransform: 'uppercase', letterSpacing: 0.8, marginBottom: 2 },
  muted: { color: COLOURS.muted },
  small: { fontSize: 8, color: COLOURS.muted },
  bold: { fontFamily: 'Helvetica-Bold' },
  body: { fontSize: 10, lineHeight: 1.45 },
  row: { flexDirection: 'row' },
})
