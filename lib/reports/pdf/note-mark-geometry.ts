import type { ReportNoteMark } from '../report-types'
import type { TrendGeometry } from './trend-geometry'

/** The colour of a note marker on every chart (amber-700, as on the pages), apart from the blue score and grey target. */
export const NOTE_COLOUR = '#b45309'

/** Where a footnote marker of a printed trend goes, and the numbers it shows. */
export interface NoteMarkPlace {
  x: number
  /** The top of the plot, where the marker's diamond sits above its dashed line. */
  y: number
  /** The numbers of its notes in the section's list: "2", "2, 3" or, for more, "2–5". */
  text: string
}

/** The footnote numbers of one marker; a quarter's notes are numbered one after another. */
export function footnoteText(numbers: readonly number[]): string {
  if (numbers.length > 2) return `${numbers[0]}–${numbers[numbers.length - 1]}`
  return numbers.join(', ')
}

/**
 * Places a section's note markers on its printed trend (the PDF and the page's print chart share it):
 * at the x of the quarter whose label the marker carries, on the top edge of the plot. Paper cannot
 * show text on hover, so each marker shows the numbers the notes list beside the chart refers to.
 */
export function noteMarkPlaces(
  trend: readonly { label: string }[],
  marks: readonly ReportNoteMark[],
  geometry: Pick<TrendGeometry, 'xs' | 'plot'>,
): NoteMarkPlace[] {
  return marks.flatMap((mark) => {
    const i = trend.findIndex((p) => p.label === mark.label)
    return i < 0 ? [] : [{ x: geometry.xs[i], y: geometry.plot.y0, text: footnoteText(mark.numbers) }]
  })
}
