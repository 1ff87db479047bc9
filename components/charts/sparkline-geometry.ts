/** The box every score sparkline is drawn in (the SVG stretches it to its card). */
export const SPARKLINE_BOX = { width: 320, height: 64, pad: 6 }

/**
 * Points of a 0–100 score series placed in a width × height box; null scores break the line.
 * Plain strings and numbers, so a server can lay it out and hand it to a client component as is.
 */
export interface SparklineGeometry {
  /** One polyline "x,y x,y …" per unbroken run of quarters with a score. */
  runs: string[]
  /** A path of one zero-length segment per quarter with a score, "M6 14.9h0M50 13.1h0…": drawn with round caps, each is a dot. */
  dots: string
  /** y of a reference score (the on-track threshold). */
  guideY: number
}

/**
 * Lays a score series out on a fixed 0–100 scale so that cards compare at a glance. A quarter
 * without a score is a gap, never a 0. Pure, so the picture can be tested without a browser.
 */
export function sparklineGeometry(
  scores: readonly (number | null)[],
  box: { width: number; height: number; pad: number },
  guide: number,
): SparklineGeometry {
  const { width, height, pad } = box
  const step = scores.length > 1 ? (width - 2 * pad) / (scores.length - 1) : 0
  const yOf = (score: number) => pad + ((100 - Math.min(100, Math.max(0, score))) / 100) * (height - 2 * pad)
  const runs: string[] = []
  const dots: string[] = []
  let run: string[] = []
  scores.forEach((score, i) => {
    if (score === null) {
      if (run.length > 0) runs.push(run.join(' '))
      run = []
      return
    }
    const x = Math.round((pad + i * step) * 10) / 10
    const y = Math.round(yOf(score) * 10) / 10
    run.push(`${x},${y}`)
    dots.push(`M${x} ${y}h0`)
  })
  if (run.length > 0) runs.push(run.join(' '))
  return { runs, dots: dots.join(''), guideY: Math.round(yOf(guide) * 10) / 10 }
}
