import type { AnnotationFact, ChartSubject } from '@/lib/metrics/annotation-rules'
import { noteLine, quarterNotes, type QuarterNotes } from '@/lib/metrics/chart-notes'
import { hasPoints, type ScoreSeriesPoint } from '@/lib/metrics/series'

/** The scorecard's sparklines' notes: each chart's markers, and the text of every note drawn, once. */
export interface ScorecardNotes {
  /** Per chart, in the order given: its notes by quarter (empty for a chart not drawn). */
  charts: QuarterNotes[][]
  /** "14 Aug 2026: re-org" by note id, for the notes some drawn chart marks and no other. */
  texts: Record<number, string>
}

/**
 * Which notes the scorecard's sparklines mark (annotation-rules.ts decides per chart) and the texts
 * the page sends for them: only notes a drawn chart marks, each once however many charts mark it.
 * A chart without a score draws no sparkline, so it marks nothing.
 */
export function scorecardNotes(
  notes: readonly AnnotationFact[],
  charts: readonly { subject: ChartSubject; points: readonly ScoreSeriesPoint[] }[],
): ScorecardNotes {
  const texts: Record<number, string> = {}
  const marked = charts.map(({ subject, points }) => (hasPoints(points, 'score') ? quarterNotes(notes, subject, points) : []))
  for (const note of marked.flat().flatMap((q) => q.notes)) texts[note.id] = noteLine(note)
  return { charts: marked, texts }
}
