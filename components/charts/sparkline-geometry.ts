/** The box every score sparkline is drawn in (the SVG stretches it to its card). */
export const SPARKLINE_BOX = { width: 320, height: 64, pad: 6 }

/** The smallest span of scores a sparkline's axis covers, so that a wobble of 2 points stays a wobble. */
const MIN_SPAN = 30

/**
 * Points of a 0–100 score series placed in a width × height box; null scores break the line.
 * Plain strings and numbers, so a server can lay it out and hand it to a client component as is.
 */
export interface SparklineGeometry {
  /** One polyline "x,y x,y …" per unbroken run of quarters with a score. */
  runs: string[]
  /** A path of one zero-length segment per quarter with a score, "M6 14.9h0M50 13.1h0…": drawn with round caps, each is a dot. */
  dots: string
  /** y of a reference score (the on-track threshold); null when the axis does not reach it. */
  guideY: number | null
  /** The scores at the bottom and top of the axis, which the sparkline labels. */
  range: { low: number; high: number }
  /** Each quarter's point as percentages of the box (left, top), null without a score: where its tooltip points. */
  marks: ({ left: number; top: number } | null)[]
}

/**
 * The axis of a sparkline: the scores rounded out to tens with a margin, at least MIN_SPAN apart and
 * within 0–100. Fitted rather than fixed at 0–100 so that a fall from 61 to 44 takes most of a small
 * card's height instead of a sixth of it; the labelled ends keep the scale honest.
 */
export function sparklineRange(scores: readonly (number | null)[]): { low: number; high: number } {
  const known = scores.filter((s): s is number => s !== null)
  if (known.length === 0) return { low: 0, high: 100 }
  let low = Math.max(0, Math.floor((Math.min(...known) - 5) / 10) * 10)
  let high = Math.min(100, Math.ceil((Math.max(...known) + 5) / 10) * 10)
  while (high - low < MIN_SPAN) {
    if (low > 0) low -= 10
    if (high - low < MIN_SPAN && high < 100) high += 10
  }
  return { low, high }
}

const round1 = (v: number) => Math.round(v * 10) / 10

/** x of the i-th of `count` quarters in the box: the first and last sit `pad` in from the edges. */
function xOfQuarter(i: number, count: number, box: { width: number; pad: number }): number {
  const step = count > 1 ? (box.width - 2 * box.pad) / (count - 1) : 0
  return round1(box.pad + i * step)
}

/** A note marker under a sparkline: a quarter holding notes, where it sits, and which notes (by id) it names. */
export interface SparklineNoteMark {
  /** Percent of the box's width, as the quarter's point (a quarter without a score has a place too). */
  left: number
  /** The quarter as its axis and table name it, "FY2026 Q3". */
  label: string
  /** The notes' ids, in day order: their text is sent once per page, not once per chart (see ChartNoteTexts). */
  ids: number[]
}

/** Places a sparkline's note markers (grouped by quarterNotes) under the quarters of a `count`-point series. */
export function sparklineNoteMarks(
  groups: readonly { index: number; label: string; notes: readonly { id: number }[] }[],
  count: number,
  box: { width: number; pad: number },
): SparklineNoteMark[] {
  return groups.map((g) => ({
    left: round1((xOfQuarter(g.index, count, box) / box.width) * 100),
    label: g.label,
    ids: g.notes.map((n) => n.id),
  }))
}

/**
 * Lays a score series out on its fitted axis (sparklineRange). A quarter without a score is a gap,
 * never a 0. Pure, so the picture can be tested without a browser.
 */
export function sparklineGeometry(
  scores: readonly (number | null)[],
  box: { width: number; height: number; pad: number },
  guide: number,
): SparklineGeometry {
  const { width, height, pad } = box
  const range = sparklineRange(scores)
  const clamp = (score: number) => Math.min(range.high, Math.max(range.low, score))
  const yOf = (score: number) => pad + ((range.high - clamp(score)) / (range.high - range.low)) * (height - 2 * pad)
  const runs: string[] = []
  const dots: string[] = []
  const marks: SparklineGeometry['marks'] = []
  let run: string[] = []
  scores.forEach((score, i) => {
    if (score === null) {
      if (run.length > 0) runs.push(run.join(' '))
      run = []
      marks.push(null)
      return
    }
    const x = xOfQuarter(i, scores.length, box)
    const y = round1(yOf(score))
    run.push(`${x},${y}`)
    dots.push(`M${x} ${y}h0`)
    marks.push({ left: round1((x / width) * 100), top: round1((y / height) * 100) })
  })
  if (run.length > 0) runs.push(run.join(' '))
  const guideY = guide >= range.low && guide <= range.high ? round1(yOf(guide)) : null
  return { runs, dots: dots.join(''), guideY, range, marks }
}

/** The quarter with a score nearest to a point across the sparkline (0–1 of its width), or null if none has one. */
export function nearestMark(marks: SparklineGeometry['marks'], fraction: number): number | null {
  let best: number | null = null
  marks.forEach((mark, i) => {
    if (mark === null) return
    const current = best === null ? null : marks[best]
    if (current == null || Math.abs(mark.left / 100 - fraction) < Math.abs(current.left / 100 - fraction)) best = i
  })
  return best
}
