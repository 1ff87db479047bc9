import { dayText, notesOnChart, type AnnotationFact, type ChartSubject } from '@/lib/metrics/annotation-rules'
import type { ChartNote } from './note-marker'

/**
 * The markers of a chart over these points: one per quarter that holds notes for this chart, at
 * that quarter's axis label, each line "14 Aug 2026: re-org" in day order.
 */
export function chartNotes(
  notes: readonly AnnotationFact[],
  chart: ChartSubject,
  points: readonly { quarter: string; label: string }[],
): ChartNote[] {
  const labelOf = new Map(points.map((p) => [p.quarter, p.label]))
  const byLabel = new Map<string, string[]>()
  for (const note of notesOnChart(notes, chart, [...labelOf.keys()])) {
    const label = labelOf.get(note.quarter) as string
    byLabel.set(label, [...(byLabel.get(label) ?? []), `${dayText(note.date)}: ${note.text}`])
  }
  return points.filter((p) => byLabel.has(p.label)).map((p) => ({ label: p.label, lines: byLabel.get(p.label) ?? [] }))
}
