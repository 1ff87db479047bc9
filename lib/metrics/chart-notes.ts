import { dayText, notesOnChart, type AnnotationFact, type ChartSubject } from './annotation-rules'

/** The notes of one quarter of a chart, as a marker shows them. */
export interface ChartNote {
  /** The x-axis label of the quarter holding the notes' days. */
  label: string
  /** One line per note: "14 Aug 2026: payments re-platforming". */
  lines: string[]
}

/** A chart's notes grouped by the quarter that holds their days: where its markers go. */
export interface QuarterNotes {
  /** The quarter's position among the chart's points (0 is the oldest). */
  index: number
  label: string
  notes: AnnotationFact[]
}

/** How a note reads beside its marker: "14 Aug 2026: re-org". */
export const noteLine = (note: Pick<AnnotationFact, 'date' | 'text'>): string => `${dayText(note.date)}: ${note.text}`

/**
 * Where a chart over these points carries markers: one per quarter holding notes for this chart
 * (annotation-rules.ts decides which), oldest quarter first, each quarter's notes in day order.
 * Every chart places its markers through this, so the pages, the sparklines and the report agree.
 */
export function quarterNotes(
  notes: readonly AnnotationFact[],
  chart: ChartSubject,
  points: readonly { quarter: string; label: string }[],
): QuarterNotes[] {
  const byQuarter = new Map<string, AnnotationFact[]>()
  for (const note of notesOnChart(
    notes,
    chart,
    points.map((p) => p.quarter),
  )) {
    byQuarter.set(note.quarter, [...(byQuarter.get(note.quarter) ?? []), note])
  }
  return points.flatMap((p, index) => {
    const held = byQuarter.get(p.quarter)
    return held ? [{ index, label: p.label, notes: held }] : []
  })
}

/** The markers of a chart drawn with its notes' text: one per quarter with notes, at that quarter's axis label. */
export function chartNotes(
  notes: readonly AnnotationFact[],
  chart: ChartSubject,
  points: readonly { quarter: string; label: string }[],
): ChartNote[] {
  return quarterNotes(notes, chart, points).map((q) => ({ label: q.label, lines: q.notes.map(noteLine) }))
}
